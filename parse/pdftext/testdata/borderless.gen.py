#!/usr/bin/env python3
"""Writes borderless_*.pdf: one invented notice whose attached task table
has no rules at all (LibreOffice Writer, cell borders "none"), in variants
of rendering, and borderless_*.expected.txt: what pdftext should read from the table's
header on (one line per row, cells parted by a TAB, then the note under
the table where there is one).

    python3 borderless.gen.py          # needs soffice (LibreOffice 7+) and
                                       # the Noto CJK and AR PL UMing fonts
    python3 borderless.gen.py --expected-only
    python3 borderless.gen.py norepeat prose   # only these variants

Variants (see VARIANTS): column widths and page width; wrapped cells in
every column; header labels wrapped over two lines and centred
vertically; a table running over several pages (header repeated, rows
split by the page break; or the header printed once); a label over
two columns named under it; traditional script; the same table ruled (read by the ruled-table reader: the same
rows); and borderless_prose.pdf, a notice in two columns of prose naming
column labels in a sentence, which must read as no table.
"""
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = ['序号', '重点任务', '工作措施', '牵头单位', '配合单位', '完成时限']
GOALS = [
    ('一、夯实数据基础', [
        ('1', '建立公共数据目录', '梳理各部门公共数据资源，编制全县公共数据目录，按季度更新，目录覆盖率达到100%。',
         '县数据资源局', '县财政局、县市场监管局', '2025年6月底前'),
        ('2', '提升数据质量', '开展数据质量专项治理，建立问题数据反馈和校核机制，数据准确率不低于98%。',
         '县数据资源局', '各乡镇人民政府', '2025年12月底前'),
    ]),
    ('二、推动数据开放', [
        ('3', '扩大开放范围', '围绕交通出行、医疗卫生、文化旅游等领域，新增开放数据集不少于50个。',
         '县数据资源局', '县交通运输局、县卫生健康局、县文化和旅游局', '2025年9月底前'),
        ('4', '鼓励数据应用', '举办数据应用创新大赛，培育数据应用场景10个以上，推动成果转化落地。',
         '县科技局', '县数据资源局、县工业和信息化局', '持续推进'),
    ]),
    ('三、强化安全保障', [
        ('5', '健全安全制度', '制定公共数据分类分级管理办法，落实数据安全责任，定期开展风险评估。',
         '县委网信办', '县公安局、县数据资源局', '2025年10月底前'),
        ('6', '加强监督检查', '每半年对数据开放工作开展一次检查，检查结果纳入年度绩效考核。',
         '县政府督查室', '县数据资源局', '每半年一次'),
    ]),
]
NOTE = '注：各牵头单位为第一责任单位，配合单位按职责分工协同推进，完成时限为最迟完成时间。'
TITLE = '青岚县数据资源局关于印发2025年公共数据开放重点任务分工表的通知'
PLAN = '青岚县2025年公共数据开放重点任务分工表'
BODY = [
    '为扎实推进公共数据有序开放，现将《青岚县2025年公共数据开放重点任务分工表》印发给你们，请各牵头单位会同配合单位细化措施，按时完成。',
    '各单位每季度末将工作进展报县数据资源局。',
]

# Simplified to traditional, pairwise, for the characters of this file's
# text that differ (the generator's own table; the project folds with
# segment's).
S2T = dict(zip(*[iter(
    '专專业業个個为為举舉乡鄉于於们們会會关關准準创創办辦务務动動励勵医醫协協单單卫衛'
    '县縣发發号號围圍场場头頭实實对對将將岚嵐应應开開强強录錄扎紮扩擴报報据據数數时時'
    '机機检檢游遊点點牵牽现現疗療监監盖蓋础礎确確类類级級纳納细細结結绕繞给給绩績续續'
    '编編网網职職范範评評请請财財责責质質资資赛賽转轉输輸达達运運进進迟遲镇鎮门門问問'
    '间間险險项項领領题題风風馈饋'
)] * 2))


def trad(s):
    return ''.join(S2T.get(c, c) for c in s)


def pstyle(name, font, size, align='justify', line=None, bold=False, indent='0cm', before='0cm', after='0cm', brk=None):
    a = f'fo:text-align="{align}" fo:text-indent="{indent}" fo:margin-top="{before}" fo:margin-bottom="{after}"'
    if line:
        a += f' fo:line-height="{line}"'
    if brk:
        a += f' fo:break-before="{brk}"'
    t = f'style:font-name="{font}" style:font-name-asian="{font}" fo:font-size="{size}" style:font-size-asian="{size}"'
    if bold:
        t += ' fo:font-weight="bold" style:font-weight-asian="bold"'
    return (f'<style:style style:name="{name}" style:family="paragraph"><style:paragraph-properties {a}/>'
            f'<style:text-properties {t}/></style:style>')


def para(style, text):
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def cell(style, text, span=1, cstyle='C', rows=1):
    sp = f' table:number-columns-spanned="{span}"' if span > 1 else ''
    if rows > 1:
        sp += f' table:number-rows-spanned="{rows}"'
    return f'<table:table-cell table:style-name="{cstyle}" office:value-type="string"{sp}>{para(style, text)}</table:table-cell>'


def document(v):
    conv = trad if v.get('trad') else (lambda s: s)
    font, hfont = v['font'], v.get('hfont', v['font'])
    size = v['size']
    landscape = v.get('landscape', False)
    w, h = ('29.7cm', '21cm') if landscape else ('21cm', '29.7cm')
    border = '0.5pt solid #000000' if v.get('ruled') else 'none'
    styles = ''.join([
        pstyle('Title', font, '18pt', align='center', line='28pt', after='0.4cm'),
        pstyle('Std', font, '14pt', line='24pt', indent='0.99cm'),
        pstyle('Left', font, '14pt', line='24pt'),
        pstyle('Sign', font, '14pt', align='end', line='24pt'),
        pstyle('Att', font, '14pt', line='24pt', brk='page'),
        pstyle('PT', font, '16pt', align='center', line='26pt', after='0.3cm'),
        pstyle('TH', hfont, v.get('hsize', size), align='center'),
        pstyle('TC', font, size, align='center'),
        pstyle('TL', font, size, align='justify'),
        pstyle('TG', font, size, align='start'),
    ])
    auto = (f'<style:page-layout style:name="pm"><style:page-layout-properties fo:page-width="{w}" fo:page-height="{h}" '
            f'fo:margin-top="2.5cm" fo:margin-bottom="2.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/></style:page-layout>')
    auto += (f'<style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:border="{border}" '
             f'fo:padding="{v["pad"]}" style:vertical-align="{v.get("valign", "top")}"/></style:style>')
    auto += (f'<style:style style:name="H" style:family="table-cell"><style:table-cell-properties fo:border="{border}" '
             f'fo:padding="{v["pad"]}" style:vertical-align="{v.get("hvalign", "top")}"/></style:style>')
    total = sum(v['widths'])
    auto += (f'<style:style style:name="T" style:family="table"><style:table-properties style:width="{total:.2f}cm" '
             f'table:align="center"/></style:style>')
    for i, cw in enumerate(v['widths']):
        auto += (f'<style:style style:name="c{i}" style:family="table-column"><style:table-column-properties '
                 f'style:column-width="{cw}cm"/></style:style>')
    masters = '<style:master-page style:name="Standard" style:page-layout-name="pm"/>'
    b = [para('Title', conv(TITLE)), para('Left', conv('各乡镇人民政府，县直各单位：'))]
    b += [para('Std', conv(t)) for t in BODY]
    b += [para('Std', conv('附件：' + PLAN)), para('Sign', conv('青岚县数据资源局')), para('Sign', '2025年3月10日')]
    for _ in range(v.get('filler', 0)):
        b.append(para('Std', conv(BODY[0])))
    b += [para('Att', conv('附件')), para('PT', conv(PLAN))]
    head = '<table:table-row>' + ''.join(cell('TH', conv(x), cstyle='H') for x in HEADER) + '</table:table-row>'
    if v.get('parent'):
        # The unit columns' labels under one over both; the others span
        # both header rows.
        top = ''.join(cell('TH', conv(x), cstyle='H', rows=2) for x in HEADER[:3])
        top += cell('TH', conv(v['parent']), span=2, cstyle='H') + '<table:covered-table-cell/>'
        top += cell('TH', conv(HEADER[5]), cstyle='H', rows=2)
        low = '<table:covered-table-cell/>' * 3 + ''.join(cell('TH', conv(x), cstyle='H') for x in HEADER[3:5])
        head = f'<table:table-row>{top}</table:table-row><table:table-row>{low}<table:covered-table-cell/></table:table-row>'
    if not v.get('norepeat'):
        head = '<table:table-header-rows>' + head + '</table:table-header-rows>'
    rows = [head]
    for goal, tasks in GOALS:
        rows.append('<table:table-row>' + cell('TG', conv(goal), span=6)
                    + '<table:covered-table-cell/>' * 5 + '</table:table-row>')
        for t in tasks:
            rows.append('<table:table-row>' + ''.join(
                cell('TC' if i in (0, 5) else 'TL', conv(x)) for i, x in enumerate(t)) + '</table:table-row>')
    cols = ''.join(f'<table:table-column table:style-name="c{i}"/>' for i in range(len(v['widths'])))
    b.append(f'<table:table table:name="T1" table:style-name="T">{cols}{"".join(rows)}</table:table>')
    if v.get('note'):
        b.append(para('Std', conv(NOTE)))
    return wrap(styles, auto, masters, ''.join(b))


def prose():
    """Two columns of prose; one sentence names column labels."""
    font = 'Noto Serif CJK SC'
    styles = pstyle('Title', font, '18pt', align='center', line='28pt', after='0.4cm') + pstyle('Std', font, '12pt', line='20pt', indent='0.85cm')
    auto = ('<style:page-layout style:name="pm"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
            'fo:margin-top="2.5cm" fo:margin-bottom="2.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/></style:page-layout>'
            '<style:style style:name="S" style:family="section"><style:section-properties>'
            '<style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>')
    masters = '<style:master-page style:name="Standard" style:page-layout-name="pm"/>'
    text = [
        '分工表设序号、重点任务、牵头单位、配合单位和完成时限五栏，各单位对照填报，不得漏项。',
        '一、总体要求。坚持需求导向、安全可控、分级分类的原则，稳步扩大公共数据开放范围，提升开放数据质量和利用水平，形成政府引导、社会参与的数据开放格局。',
        '二、工作安排。各单位要梳理本单位公共数据资源，明确开放属性和更新频率，按照统一标准报送开放目录，做到应开放尽开放。',
        '三、保障措施。加强组织领导，明确专人负责，落实经费保障，建立考核评价机制，定期通报工作进展，确保各项任务按时完成。',
    ] * 3
    body = para('Title', '青岚县公共数据开放工作实施意见') + '<text:section text:name="S1" text:style-name="S">' + ''.join(para('Std', t) for t in text) + '</text:section>'
    return wrap(styles, auto, masters, body)


NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')
FONTS = ['Noto Serif CJK SC', 'Noto Sans CJK SC', 'Noto Serif CJK TC', 'AR PL UMing CN', 'AR PL UMing TW']


def wrap(styles, auto, masters, body):
    faces = ''.join(f'<style:font-face style:name="{f}" svg:font-family="&apos;{f}&apos;"/>' for f in FONTS)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
            f'office:mimetype="application/vnd.oasis.opendocument.text"><office:font-face-decls>{faces}</office:font-face-decls>'
            f'<office:styles>{styles}</office:styles><office:automatic-styles>{auto}</office:automatic-styles>'
            f'<office:master-styles>{masters}</office:master-styles><office:body><office:text>{body}</office:text></office:body></office:document>')


VARIANTS = {
    # 16 cm of text: cells wrap in the task, measure, unit and deadline columns.
    'narrow': dict(font='Noto Serif CJK SC', size='10.5pt', pad='0.1cm', widths=[1.1, 2.2, 5.4, 2.4, 2.9, 2.0]),
    # Landscape, wide columns, 12 pt, more padding, cells centred vertically.
    'wide': dict(font='AR PL UMing CN', size='12pt', pad='0.19cm', valign='middle', landscape=True,
                 widths=[1.4, 3.4, 9.6, 3.0, 4.6, 2.6]),
    # Narrow unit and deadline columns: their labels wrap (牵头单 / 位),
    # the other labels centred between the two lines; a note follows.
    'headwrap': dict(font='Noto Serif CJK SC', hfont='Noto Sans CJK SC', size='10.5pt', hsize='11pt', pad='0.08cm',
                     hvalign='middle', widths=[1.0, 2.4, 6.6, 1.5, 3.1, 1.5], note=True),
    # 14 pt and filler text: the table runs over pages, its header
    # repeated, rows split by the page breaks.
    'pages': dict(font='Noto Serif CJK SC', size='14pt', pad='0.12cm', widths=[1.2, 2.6, 5.2, 2.2, 2.6, 2.2], filler=2),
    # The same over pages with the header printed once, on the first.
    'norepeat': dict(font='Noto Serif CJK SC', size='14pt', pad='0.12cm', widths=[1.2, 2.6, 5.2, 2.2, 2.6, 2.2], filler=2,
                     norepeat=True),
    # 责任单位 over the 牵头单位 and 配合单位 columns, the other labels
    # centred over both header rows.
    'twolevel': dict(font='Noto Serif CJK SC', hfont='Noto Sans CJK SC', size='10.5pt', pad='0.1cm', hvalign='middle',
                     parent='责任单位', widths=[1.1, 2.4, 5.6, 2.6, 3.1, 2.0]),
    # Traditional script.
    'trad': dict(font='AR PL UMing TW', size='10.5pt', pad='0.1cm', trad=True, widths=[1.1, 2.2, 5.4, 2.4, 2.9, 2.0]),
    # The same table with rules: read by the ruled-table reader.
    'ruled': dict(font='Noto Serif CJK SC', size='10.5pt', pad='0.1cm', ruled=True, widths=[1.1, 2.2, 5.4, 2.4, 2.9, 2.0]),
}


def expected(v):
    conv = trad if v.get('trad') else (lambda s: s)
    out = ['\t'.join(conv(x) for x in HEADER)]
    for goal, tasks in GOALS:
        out.append(conv(goal) + '\t' * 5)
        out += ['\t'.join(conv(x) for x in t) for t in tasks]
    if v.get('note'):
        out.append(conv(NOTE))
    return '\n'.join(out) + '\n'


def convert(name, fodt):
    tmp = tempfile.mkdtemp(prefix='borderless-')
    try:
        src = os.path.join(tmp, name + '.fodt')
        with open(src, 'w') as f:
            f.write(fodt)
        subprocess.run(['soffice', '--headless', f'-env:UserInstallation=file://{tmp}/profile',
                        '--convert-to', 'pdf', '--outdir', tmp, src], check=True, capture_output=True)
        shutil.copy(os.path.join(tmp, name + '.pdf'), os.path.join(HERE, name + '.pdf'))
    finally:
        shutil.rmtree(tmp)


def main(pdf=True, only=()):
    for key, v in VARIANTS.items():
        name = 'borderless_' + key
        if only and key not in only:
            continue
        if pdf:
            convert(name, document(v))
        with open(os.path.join(HERE, name + '.expected.txt'), 'w') as f:
            f.write(expected(v))
    if pdf and (not only or 'prose' in only):
        convert('borderless_prose', prose())


if __name__ == '__main__':
    import sys
    main(pdf='--expected-only' not in sys.argv, only=[a for a in sys.argv[1:] if not a.startswith('--')])
