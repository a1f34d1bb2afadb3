# Writes plan_N_PX_REP.html, a task table of N rows (具体措施 cells the
# task sentence REP times, units one per line in a column whose longest
# unit leaves exactly one character of room) under a <thead> Chromium
# repeats on every page, with a "— N —" page footer, and
# plan_N_PX_REP.expected.txt. chromium_plan_thead_14px is "14 14 3",
# _16px "11 16 4" (a row split by the page break in both):
#   python3 chromium_plan_thead.gen.py 14 14 3
#   chromium --headless --no-pdf-header-footer --print-to-pdf=raw.pdf plan_14_14_3.html
#   qpdf --recompress-flate --compression-level=9 --object-streams=generate raw.pdf chromium_plan_thead_14px.pdf
import sys
tasks = ["加强政策解读工作，围绕重大决策部署及时发布解读材料，提升解读质量和实效",
 "推进基层政务公开标准化规范化建设，编制完善公开事项目录并动态调整",
 "做好政府信息依申请公开工作，规范答复文书，严格按照法定时限办理",
 "完善政府网站和政务新媒体管理，落实三审三校制度，确保信息安全",
 "深化重点领域信息公开，做好财政预决算、重大建设项目、公共资源配置等信息公开",
 "加强政务公开平台建设，推进政府信息公开专栏内容规范",
 "做好政策文件集中公开，及时清理更新现行有效文件目录"]
units = [["县发展改革局", "县财政局"], ["县政务服务局", "各乡镇政府"], ["县司法局"], ["县委网信办", "县数据局"], ["县财政局", "县住建局", "县自然资源局"], ["县政府办"], ["县司法局", "县政府办"]]
n = int(sys.argv[1]); px = sys.argv[2]; rep = int(sys.argv[3])
rows = []
exp = ["序号\t工作任务\t具体措施\t责任单位\t完成时限"]
for i in range(n):
    t = tasks[i % len(tasks)]
    detail = (t + "。") * rep
    u = units[i % len(units)]
    rows.append(f"<tr><td>{i+1}</td><td>{t[:8]}</td><td>{detail}</td><td>{'<br>'.join(u)}</td><td>2025年底</td></tr>")
    exp.append("\t".join([str(i+1), t[:8], detail, " ".join(u), "2025年底"]))
html = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 20mm 15mm; @bottom-center {{ content: "— " counter(page) " —"; font-size: 12px; font-family: "AR PL UMing CN" }} }}
body{{font-family:"AR PL UMing CN";font-size:{px}px}}
table{{border-collapse:collapse;width:100%}}th{{font-weight:normal}}td,th{{border:1px solid #000;padding:3px;vertical-align:top}}
</style></head><body>
<p>附件</p><p>2025年政务公开工作任务分解表</p>
<table><thead><tr><th style="width:2.5em">序号</th><th style="width:6em">工作任务</th><th>具体措施</th><th style="width:7em">责任单位</th><th style="width:5em">完成时限</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table></body></html>'''
open(f"plan_{n}_{px}_{rep}.html", "w").write(html)
open(f"plan_{n}_{px}_{rep}.expected.txt", "w").write("附件\n2025年政务公开工作任务分解表\n" + "\n".join(exp) + "\n")
