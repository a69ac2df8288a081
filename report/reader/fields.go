package reader

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/script"
)

// Fields lists the summary schema's field names in schema order. The last four are jianbao
// ingest's JSON notes: reviewed (false until a person has checked the record), derived (the
// fields it derived, to review), review (the fields it read from weak evidence, to review) and
// warnings.
var Fields = []string{
	"id", "title", "date", "unit", "institution", "category", "source", "url", "authors",
	"venue", "chair", "speakers", "units_involved", "highlights", "figures", "tags", "keywords",
	"summary", "reviewed", "derived", "review", "warnings",
}

// Required lists the fields every summary must have.
var Required = []string{"title", "date", "unit", "summary"}

// headerAliases maps the column names of an office's spreadsheet ledger (台账) to schema fields.
// Headers written in traditional script are looked up in simplified. 序号 is not here: a row
// number is no article id (two ledgers both have a row 1).
var headerAliases = map[string]string{
	"编号": "id", "稿件编号": "id",
	"标题": "title", "题目": "title", "新闻标题": "title", "稿件标题": "title", "活动名称": "title", "信息标题": "title",
	"日期": "date", "时间": "date", "活动时间": "date", "活动日期": "date", "发布日期": "date", "发布时间": "date", "报送日期": "date", "报送时间": "date",
	"单位": "unit", "部门": "unit", "报送单位": "unit", "报送部门": "unit", "组织单位": "unit", "主办单位": "unit", "单位名称": "unit", "所属单位": "unit", "责任单位": "unit",
	"学校": "institution", "机构": "institution", "类别": "category", "分类": "category", "栏目": "category", "类型": "category",
	"来源": "source", "链接": "url", "网址": "url", "原文链接": "url", "作者": "authors", "撰稿": "authors", "撰稿人": "authors", "通讯员": "authors",
	"地点": "venue", "会场": "venue", "活动地点": "venue", "主持": "chair", "主持人": "chair",
	"讲话": "speakers", "讲话人": "speakers", "发言人": "speakers", "主讲人": "speakers", "出席领导": "speakers",
	"参与单位": "units_involved", "参加单位": "units_involved", "要点": "highlights", "亮点": "highlights", "数据": "figures", "主要数据": "figures",
	"标签": "tags", "关键词": "keywords", "关键字": "keywords",
	"摘要": "summary", "内容": "summary", "内容摘要": "summary", "主要内容": "summary", "简介": "summary", "活动内容": "summary", "工作内容": "summary", "内容简介": "summary",
}

// FieldNames returns the names a ledger's header may give field: its Chinese aliases, then the
// schema name, for messages.
func FieldNames(field string) []string {
	var out []string
	for k, f := range headerAliases {
		if f == field {
			out = append(out, k)
		}
	}
	slices.SortFunc(out, func(a, b string) int {
		if la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b); la != lb {
			return la - lb
		}
		return strings.Compare(a, b)
	})
	return append(out, field)
}

// canonicalField maps a key as written to a schema field, accepting ledger headers (in either
// script, their typography folded by foldHeader, a note in brackets after them cut), any case,
// and - or space for _.
func canonicalField(key string) (string, bool) {
	if a, ok := fieldMemo.Load(key); ok {
		f := a.(fieldAnswer)
		return f.field, f.ok
	}
	field, ok := findField(key)
	if len(key) <= maxMemoKey && fieldMemoN.Add(1) <= maxMemoFields {
		fieldMemo.Store(strings.Clone(key), fieldAnswer{field, ok}) // not the input buffer it may be part of
	}
	return field, ok
}

// fieldMemo remembers canonicalField's answers (a fieldAnswer by key): the records of a file
// have the same few keys, and each is worked out once, not once a record. It holds at most
// maxMemoFields keys of at most maxMemoKey bytes, whatever the input.
var (
	fieldMemo  sync.Map
	fieldMemoN atomic.Int64
)

const (
	maxMemoFields = 1024
	maxMemoKey    = 96
)

// fieldAnswer is what canonicalField returns for a key.
type fieldAnswer struct {
	field string
	ok    bool
}

// underscores writes - and space as _, as schema field names have them.
var underscores = strings.NewReplacer("-", "_", " ", "_")

// findField is canonicalField without the memo.
func findField(key string) (string, bool) {
	k := foldHeader(key)
	if f, ok := headerAliases[k]; ok {
		return f, true
	}
	if f, ok := headerAliases[script.ToSimplified(k)]; ok {
		return f, true
	}
	if n := bracketNote(k); n != "" {
		if f, ok := headerAliases[script.ToSimplified(n)]; ok {
			return f, true
		}
	}
	k = strings.ToLower(underscores.Replace(k))
	for _, f := range Fields {
		if f == k {
			return f, true
		}
	}
	return "", false
}

// suggest returns the schema field closest to key, or for a Chinese key the nearest Chinese
// header (suggestHeader), "" when none is close.
func suggest(key string) string { return suggestTaken(key, nil) }

// suggestTaken is suggest passing over the fields taken says have a column already.
func suggestTaken(key string, taken func(field string) bool) string {
	if hasHan(key) {
		return suggestHeader(key, taken)
	}
	k := strings.ToLower(foldHeader(key))
	best, bestD := "", 3
	for _, f := range Fields {
		if taken != nil && taken(f) {
			continue
		}
		if d := distance(k, f); d < bestD && d <= max(1, len([]rune(f))/3) {
			best, bestD = f, d
		}
	}
	return best
}

// distance is the Damerau-Levenshtein (optimal string alignment) distance between a and b.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}
