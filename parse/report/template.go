package report

import "strings"

// The vocabulary of the national annual-report template. Forms are in the
// normalized script (simplified, ASCII punctuation, no quotes or spaces);
// the first form of a term is its key. Row and column labels are the same in
// every real report; the 2019 and 2021 versions differ in section 二's
// columns and in the sub-rows of 其他处理, and both are listed.

type termKind int

const (
	kindRow    termKind = iota // a row with values
	kindGroup                  // a row heading sub-rows (may carry values itself)
	kindCol                    // a column header
	kindAnchor                 // 第二十条第（N）项, which starts a block of section 二
	kindHeader                 // a header cell that carries nothing (信息内容, 申请人情况)
)

// term is a label of the template.
type term struct {
	key   string
	forms []string
	kind  termKind
	group string // for a sub-row: the key of its group row
	ord   int    // for a sub-row: its arabic ordinal (1.属于国家秘密)
	// needGroup restricts a generic sub-row label (其他) to the place right
	// after its group.
	needGroup bool
	// outer is the column that spans this one (法人或其他组织 over 商业企业).
	outer string
	// within is the key of the group row whose merged cell spans this row's
	// (本年度办理结果 over 予以公开 … 总计): the row's label starts with that
	// group's, as a sub-row's starts with its group's.
	within string
	// cut is the number of trailing forms that are header cells cut short
	// (本年新 for 本年新制作数量); they match only where a cell ends.
	cut int
}

// withCuts adds to a column term the prefixes of its key, from three
// characters on, as forms of a header cell that a page cut short.
func withCuts(x *term) *term {
	r := []rune(x.key)
	for n := 3; n < len(r); n++ {
		if p := string(r[:n]); !strings.ContainsAny(p, "/") {
			x.forms = append(x.forms, p)
			x.cut++
		}
	}
	return x
}

func t(key string, kind termKind, more ...string) *term {
	return &term{key: key, kind: kind, forms: append([]string{key}, more...)}
}

func sub(group string, ord int, key string, more ...string) *term {
	x := t(key, kindRow, more...)
	x.group, x.ord = group, ord
	return x
}

// proactiveTerms are the labels of section 二 (主动公开政府信息情况). The
// term tables are built once; the scanners only read them.
var proactiveTerms = []*term{
	t("第二十条第", kindAnchor),
	t("信息内容", kindHeader),
	t("规章", kindRow),
	t("规范性文件", kindRow, "行政规范性文件"),
	t("行政许可", kindRow),
	t("其他对外管理服务事项", kindRow),
	t("行政处罚", kindRow),
	t("行政强制", kindRow),
	t("行政事业性收费", kindRow),
	t("政府集中采购", kindRow),
	withCuts(t("本年制发件数", kindCol)),
	withCuts(t("本年废止件数", kindCol)),
	withCuts(t("现行有效件数", kindCol)),
	withCuts(t("本年新制作数量", kindCol)),
	withCuts(t("本年新公开数量", kindCol)),
	withCuts(t("对外公开总数量", kindCol)),
	withCuts(t("上一年项目数量", kindCol)),
	withCuts(t("本年增/减", kindCol, "本年增减")),
	withCuts(t("本年处理决定数量", kindCol)),
	withCuts(t("处理决定数量", kindCol)),
	withCuts(t("本年收费金额", kindCol)),
	withCuts(t("采购项目数量", kindCol)),
	withCuts(t("采购总金额", kindCol)),
}

// requestColumns are the columns of section 三's table, in data order.
var requestColumns = []string{"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"}

// requestTerms are the labels of section 三 (收到和处理政府信息公开申请情况).
var requestTerms = func() []*term {
	org := func(key string) *term { x := t(key, kindCol); x.outer = "法人或其他组织"; return x }
	in := func(x *term) *term { x.within = "本年度办理结果"; return x }
	other := sub("其他处理", 3, "其他")
	other.needGroup = true
	return []*term{
		t("申请人情况", kindHeader),
		t("自然人", kindCol),
		t("法人或其他组织", kindHeader, "法人或者其他组织"),
		org("商业企业"), org("科研机构"), org("社会公益组织"), org("法律服务机构"), org("其他"),
		t("总计", kindCol),
		t("本年新收政府信息公开申请数量", kindRow, "本年新收政府信息公开申请"),
		t("上年结转政府信息公开申请数量", kindRow, "上年结转政府信息公开申请"),
		t("本年度办理结果", kindGroup),
		in(t("予以公开", kindRow)),
		in(t("部分公开", kindRow)),
		in(t("不予公开", kindGroup)),
		sub("不予公开", 1, "属于国家秘密"),
		sub("不予公开", 2, "其他法律行政法规禁止公开"),
		sub("不予公开", 3, "危及三安全一稳定"),
		sub("不予公开", 4, "保护第三方合法权益"),
		sub("不予公开", 5, "属于三类内部事务信息"),
		sub("不予公开", 6, "属于四类过程性信息"),
		sub("不予公开", 7, "属于行政执法案卷"),
		sub("不予公开", 8, "属于行政查询事项"),
		in(t("无法提供", kindGroup)),
		sub("无法提供", 1, "本机关不掌握相关政府信息"),
		sub("无法提供", 2, "没有现成信息需要另行制作"),
		sub("无法提供", 3, "补正后申请内容仍不明确"),
		in(t("不予处理", kindGroup)),
		sub("不予处理", 1, "信访举报投诉类申请"),
		sub("不予处理", 2, "重复申请"),
		sub("不予处理", 3, "要求提供公开出版物"),
		sub("不予处理", 4, "无正当理由大量反复申请"),
		sub("不予处理", 5, "要求行政机关确认或重新出具已获取信息"),
		in(t("其他处理", kindGroup)),
		sub("其他处理", 1, "申请人无正当理由逾期不补正"),
		sub("其他处理", 2, "申请人逾期未按收费通知要求缴纳费用"),
		other,
		in(t("总计", kindRow)),
		t("结转下年度继续办理", kindRow),
	}
}()

// reviewColumns are the result columns of section 四's table.
var reviewColumns = []string{"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}

// reviewRows are the row keys of section 四's table, in data order.
var reviewRows = []string{"行政复议", "行政诉讼/未经复议直接起诉", "行政诉讼/复议后起诉"}

// reviewTerms are the header labels of section 四.
var reviewTerms = []*term{
	t("行政复议", kindCol),
	t("行政诉讼", kindCol),
	t("结果维持", kindCol),
	t("结果纠正", kindCol),
	t("其他结果", kindCol),
	t("尚未审结", kindCol),
	t("总计", kindCol),
	t("未经复议直接起诉", kindCol),
	t("复议后起诉", kindCol),
}

// the term lists indexed for scanning
var (
	proactiveSet = newTermSet(proactiveTerms)
	requestSet   = newTermSet(requestTerms)
	reviewSet    = newTermSet(reviewTerms)
)
