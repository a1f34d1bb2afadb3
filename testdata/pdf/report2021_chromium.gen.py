# Writes v_N_PX_SIZE_MARGIN.html: the 2021-template annual report of
# testdata/reports/template2021_tabs.txt as a web page, its tables with
# the template's merged cells (三、本年度办理结果 over 22 rows), with a
# preamble of N filler paragraphs, a font size, a page size and margins so
# that the page breaks fall on other rows of table 三. Four of them are
# report2021_chromium_*.pdf:
#   python3 report2021_chromium.gen.py ../reports/template2021_tabs.txt
#   chromium --headless --no-pdf-header-footer --print-to-pdf=raw.pdf v_….html
#   qpdf --recompress-flate --compression-level=9 --object-streams=generate raw.pdf report2021_chromium_….pdf
# (Chromium 156).
import sys
src = open(sys.argv[1]).read().split("\n")
def esc(s): return s.replace("&", "&amp;").replace("<", "&lt;")
filler = "为进一步做好政府信息公开工作，本机关坚持以公开为常态、不公开为例外，围绕中心工作，持续加大信息公开力度，不断提升政务公开标准化规范化水平。"
def page(n, font, px, size="A4", margin="15mm"):
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><style>',
           f'body{{font-family:"{font}";font-size:{px}px}}table{{border-collapse:collapse;width:100%}}td{{border:1px solid #000;padding:3px;text-align:center}}',
           f'@page{{size:{size};margin:{margin}}}</style></head><body>']
    i = 0
    def p(s): out.append(f"<p>{esc(s)}</p>")
    while i < len(src):
        l = src[i]
        if l.startswith("第二十条第"):
            # section 二: the blocks as one table
            out.append("<table>")
            while i < len(src) and not src[i].startswith("三、"):
                cells = src[i].split("\t")
                if len(cells) == 1:
                    out.append(f'<tr><td colspan="4">{esc(cells[0])}</td></tr>')
                else:
                    span = 4 - len(cells) + 1
                    out.append("<tr>" + "".join(f'<td{" colspan=%d" % span if k == len(cells) - 1 and span > 1 else ""}>{esc(c)}</td>' for k, c in enumerate(cells)) + "</tr>")
                i += 1
            out.append("</table>")
            continue
        if l.startswith("（本列数据"):
            p("三、收到和处理政府信息公开申请情况") if False else None
            rows = []
            while not src[i].startswith("四、政府信息公开行政复议"):
                rows.append(src[i]); i += 1
            out.append("<table>")
            out.append(f'<tr><td rowspan="3" colspan="3">{esc(rows[0].split(chr(9))[0])}</td><td colspan="7">申请人情况</td></tr>')
            out.append('<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>')
            out.append("<tr>" + "".join(f"<td>{c}</td>" for c in rows[2].split("\t")) + "</tr>")
            body = rows[3:]
            # rows with values; groups: 三、本年度办理结果 spans to （七）总计
            k = 0
            n3 = sum(1 for r in body[body.index("三、本年度办理结果")+1:] if "\t" in r) - 1  # up to 总计, not 四
            group = None
            while k < len(body):
                r = body[k]
                if "\t" not in r:  # a group label: merged cell
                    if r.startswith("三、"):
                        pending3 = (r, n3)
                    else:
                        cnt = 0
                        for q in body[k+1:]:
                            if "\t" not in q or not q[0].isdigit(): break
                            cnt += 1
                        group = (r, cnt)
                    k += 1
                    continue
                label, *vals = r.split("\t")
                tds = ""
                if 'pending3' in dir() and pending3:
                    tds += f'<td rowspan="{pending3[1]}">{esc(pending3[0])}</td>'
                    pending3 = None
                if label[0].isdigit() and group:
                    if group[1] > 0:
                        tds += f'<td rowspan="{group[1]}">{esc(group[0])}</td>'
                        group = (group[0], 0)
                    tds += f"<td>{esc(label)}</td>"
                elif label.startswith("（"):
                    tds += f'<td colspan="2">{esc(label)}</td>'
                else:
                    tds += f'<td colspan="3">{esc(label)}</td>'
                out.append("<tr>" + tds + "".join(f"<td>{v}</td>" for v in vals) + "</tr>")
                k += 1
            out.append("</table>")
            continue
        if l.startswith("行政复议\t"):
            out.append("<table>")
            out.append('<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>')
            out.append('<tr>' + "".join(f'<td rowspan="2">{c}</td>' for c in src[i+1].split("\t")[:5]) + '<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>')
            out.append("<tr>" + "".join(f"<td>{c}</td>" for c in src[i+2].split("\t")[5:]) + "</tr>")
            out.append("<tr>" + "".join(f"<td>{c}</td>" for c in src[i+3].split("\t")) + "</tr>")
            out.append("</table>")
            i += 4
            continue
        if l.strip():
            p(l)
            if l.startswith("本报告根据"):
                for _ in range(n):
                    p(filler)
        i += 1
    out.append("</body></html>")
    return "\n".join(out)
if __name__ == "__main__":
    import itertools
    for n, font, px, size, margin in [(6, "AR PL UMing CN", 15, "Letter", "10mm"), (2, "AR PL UMing CN", 14, "A4", "20mm"), (8, "AR PL UMing CN", 16, "A4", "12mm"), (4, "AR PL UMing CN", 13, "Letter", "25mm"), (10, "Noto Serif CJK SC", 15, "A4", "15mm"), (1, "Noto Sans CJK SC", 14, "Letter", "18mm")]:
        open(f"v_{n}_{px}_{size}_{margin}.html", "w").write(page(n, font, px, size, margin))
