package extract

import "unicode/utf8"

// wholeNames answers whether a page writes a name of three characters whole (顏金源), a family
// name of the list and two characters after it, from an index of the page built once and only
// when first asked. nameAcrossTitle asked it of the whole page once for each title it read: a
// page of thousands of names written around their titles (，顏區長金源表示 again and again)
// took time quadratic in its length.
type wholeNames struct {
	text  string
	index map[string]bool
}

// has reports whether whole, a family name of one character and two characters more, stands in
// the page; as strings.Contains would, for it reads the same bytes.
func (w *wholeNames) has(whole string) bool {
	if w.index == nil {
		w.index = map[string]bool{}
		for i, r := range w.text {
			if !isSurname(r) {
				continue
			}
			_, end := utf8.DecodeRuneInString(w.text[i:])
			end += i
			for k := 0; k < 2 && end < len(w.text); k++ {
				_, size := utf8.DecodeRuneInString(w.text[end:])
				end += size
			}
			w.index[w.text[i:end]] = true
		}
	}
	return w.index[whole]
}
