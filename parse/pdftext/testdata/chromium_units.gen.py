# Writes units.html (three variants of one task table, one per page:
# fonts, sizes, padding, unit cells left-aligned or centred, the longest
# unit leaving 1.1 to 1.5 characters of room) and
# chromium_units.expected.txt (the text pdftext should read). The PDF:
#   python3 chromium_units.gen.py
#   chromium --headless --no-pdf-header-footer --print-to-pdf=raw.pdf units.html
#   qpdf --recompress-flate --compression-level=9 --object-streams=generate raw.pdf chromium_units.pdf
# (Chromium 156, Noto Serif CJK SC and AR PL UMing CN).
rows = [
    ("1", "加强政策解读，围绕重大决策部署及时发布解读材料，2025年6月底前解读率达到100%，提升解读质量。",
     ["县发展改革局", "县财政局", "县自然资源局"], "2025年6月"),
    ("2", "推进基层政务公开标准化规范化建设（含乡镇、村居），编制公开事项目录，并动态调整。",
     ["县政务服务局", "各乡镇政府"], "2025年底"),
    ("3", "做好政府信息依申请公开工作，规范答复文书，严格按照法定时限办理。",
     ["县司法局", "县人力社保局", "县卫生健康委"], "长期坚持"),
    ("4", "完善政府网站和政务新媒体管理，落实“三审三校”制度。",
     ["县委网信办", "县数据局"], "持续推进"),
]
variants = [  # font, px, units column in em beyond the longest unit, align, padding px
    ("Noto Serif CJK SC", 14, 1.3, "left", 3),
    ("AR PL UMing CN", 16, 1.5, "left", 6),
    ("Noto Serif CJK SC", 12, 1.1, "center", 4),
]
longest = max(len(u) for r in rows for u in r[2])
html = ['<!DOCTYPE html><html><head><meta charset="utf-8"><style>',
        'table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;vertical-align:top}',
        '.p{page-break-before:always}</style></head><body>']
exp = []
for i, (font, px, extra, align, pad) in enumerate(variants):
    cls = ' class="p"' if i else ''
    html.append(f'<div{cls} style="font-family:\'{font}\';font-size:{px}px">')
    html.append(f'<p>{"甲乙丙丁"[i]}组任务分解表</p>')
    html.append(f'<table style="--p:{pad}px"><tr><th style="padding:{pad}px;width:3em">序号</th><th style="padding:{pad}px">工作任务</th>'
                f'<th style="padding:{pad}px;width:{longest+extra}em">责任单位</th><th style="padding:{pad}px;width:5em">完成时限</th></tr>')
    exp.append(f'{"甲乙丙丁"[i]}组任务分解表')
    exp.append('序号\t工作任务\t责任单位\t完成时限')
    for no, task, units, due in rows:
        html.append(f'<tr><td style="padding:{pad}px">{no}</td><td style="padding:{pad}px">{task}</td>'
                    f'<td style="padding:{pad}px;text-align:{align}">{"<br>".join(units)}</td><td style="padding:{pad}px">{due}</td></tr>')
        exp.append("\t".join([no, task, " ".join(units), due]))
    html.append('</table></div>')
html.append('</body></html>')
open('units.html', 'w').write("\n".join(html) + "\n")
open('chromium_units.expected.txt', 'w').write("\n".join(exp) + "\n")
