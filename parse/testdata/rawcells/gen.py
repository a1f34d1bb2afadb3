# gen.py writes an invented notice whose work-plan table is ruled, in
# variants: cells top-aligned or vertically centred (t_top/t_middle), with
# or without goal rows (g1/g0), two sets of column widths (w0/w1). The
# renderings kept here were made with the real tools:
#   soffice --headless --convert-to odt X.html; soffice --headless --convert-to pdf X.odt  (lo_)
#   chromium --headless --print-to-pdf=X.pdf --no-pdf-header-footer X.html                 (cr_)
#   pdftotext -raw X.pdf X.raw.txt   (poppler 22.12)
# expected_g0.txt / expected_g1.txt hold the same table as tab rows.
import sys, random
# invented work-plan table; variants: valign, goal rows, column set
rows = [
 ("一、夯实基础保障", None),
 ("1", ("完善社区养老服务网络", "新建社区养老服务站12个，推动日间照料中心与卫生服务站点毗邻建设，提升服务覆盖面。", "区民政局牵头，区卫健委、各街道办事处配合", "2023年12月底前")),
 ("2", ("推进老旧小区适老化改造", "对30个老旧小区实施加装电梯和无障碍通道改造。", "区住建局", "2024年6月底前")),
 ("3", ("建立养老服务人才培训制度", "每年培训养老护理员不少于200人次，落实持证上岗补贴政策，稳定护理员队伍。", "区人社局、区民政局", "持续推进")),
 ("二、强化监督管理", None),
 ("4", ("开展养老机构安全检查", "每季度对养老机构消防、食品安全开展一次联合检查，发现问题限期整改。", "区应急局牵头，区市场监管局、区消防救援大队配合", "每季度")),
 ("5", ("健全服务质量评价", "引入第三方机构开展服务质量评价，评价结果向社会公开。", "区民政局", "2023年底前")),
 ("6", ("加强资金绩效管理", "对养老服务补贴资金开展绩效评价，确保资金规范使用。", "区财政局、区审计局", "2024年3月底前")),
]
def html(valign, goals, width):
    trs=[]
    for no, r in rows:
        if r is None:
            if goals: trs.append('<tr><td colspan="5" valign="%s"><b>%s</b></td></tr>' % (valign, no))
            continue
        t, c, u, d = r
        trs.append('<tr><td align="center" valign="%s">%s</td><td valign="%s">%s</td><td valign="%s">%s</td><td valign="%s">%s</td><td align="center" valign="%s">%s</td></tr>' % (valign,no,valign,t,valign,c,valign,u,valign,d))
    w = width
    return """<html><head><meta charset="utf-8"><style>
body { font-family: "Noto Serif CJK SC"; font-size: 16pt; }
p { margin: 0; text-indent: 2em; line-height: 150%%; }
td { vertical-align: %s; }
</style></head><body>
<p align="center" style="text-indent:0"><font color="#ff0000" size="7">青石区人民政府办公室文件</font></p>
<p align="center" style="text-indent:0">青政办发〔2023〕9号</p>
<p align="center" style="text-indent:0"><font size="5">青石区人民政府办公室关于印发青石区养老服务提升工作方案的通知</font></p>
<p style="text-indent:0">各街道办事处，区政府各部门：</p>
<p>《青石区养老服务提升工作方案》已经区政府同意，现印发给你们，请认真组织实施。</p>
<p align="right">青石区人民政府办公室</p>
<p align="right">2023年3月8日</p>
<p align="center" style="text-indent:0; page-break-before: always"><font size="5">青石区养老服务提升工作方案</font></p>
<p>为提升全区养老服务水平，制定本方案。重点任务分工如下：</p>
<table border="1" cellspacing="0" cellpadding="4" width="100%%" style="font-size:%s">
<tr><td align="center" width="%d%%"><b>序号</b></td><td align="center" width="%d%%"><b>重点任务</b></td><td align="center" width="%d%%"><b>具体措施</b></td><td align="center" width="%d%%"><b>责任单位</b></td><td align="center" width="%d%%"><b>完成时限</b></td></tr>
%s
</table>
<p>各责任单位要加强协作，确保各项任务按时完成。</p>
</body></html>
""" % (valign, "10.5pt", w[0], w[1], w[2], w[3], w[4], "\n".join(trs))
for valign in ("top","middle"):
    for goals in (0,1):
        for wi, w in enumerate([(6,18,38,26,12),(8,22,34,22,14)]):
            name = "t_%s_g%d_w%d" % (valign, goals, wi)
            open(name+".html","w").write(html(valign, goals, w))
