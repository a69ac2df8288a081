package reader

import (
	"fmt"
	"testing"
)

// TestFieldMemo: canonicalField answers as findField does, the first time and when it remembers
// the key, and remembers no more than maxMemoFields keys however many the input has.
func TestFieldMemo(t *testing.T) {
	keys := []string{"title", "Title", "TITLE", "units-involved", "units involved", "標題", "标题（必填）", "摘要",
		"titel", "", "内容 摘要", "summary", "x"}
	for _, k := range FieldNames("summary") {
		keys = append(keys, k)
	}
	for round := 0; round < 2; round++ {
		for _, k := range keys {
			want, wantOK := findField(k)
			if got, ok := canonicalField(k); got != want || ok != wantOK {
				t.Fatalf("round %d: canonicalField(%q) = %q, %v; want %q, %v", round, k, got, ok, want, wantOK)
			}
		}
	}
	for i := 0; i < 3*maxMemoFields; i++ {
		canonicalField(fmt.Sprintf("field%d", i))
	}
	n := 0
	fieldMemo.Range(func(any, any) bool { n++; return true })
	if n > maxMemoFields {
		t.Errorf("the memo holds %d keys, want at most %d", n, maxMemoFields)
	}
}

// TestAliasesAreFields: every header alias names a schema field, which fieldSet has a bit
// for (summary's set of the fields seen).
func TestAliasesAreFields(t *testing.T) {
	for k, v := range headerAliases {
		if _, ok := fieldBits[v]; !ok {
			t.Errorf("header %s: field %s is not in Fields", k, v)
		}
	}
}
