package extract

// marriedNameAt reads, right after a title, a married woman's name as Hong Kong and Macau write
// it (行政長官林鄭月娥): her husband's family name, her own, and a given name of two, four
// characters followed by what may follow a name (stopsName) or by 女士. Both family names must
// be in the list, the four characters read as no shorter name, and the text around them be in
// traditional script (the form is not the mainland's). It returns the name and where it ends,
// or "" and i.
func marriedNameAt(text string, i int) (string, int) {
	rs := []rune(text[i:min(len(text), i+48)])
	if len(rs) < 5 || !surnames[string(rs[0])] || !surnames[string(rs[1])] || rs[0] == rs[1] {
		return "", i
	}
	name := string(rs[:4])
	if !allHan(name) || nonName[string(rs[:2])] || plainWords[string(rs[:2])] || reRoleEnd.MatchString(name) {
		return "", i
	}
	rest := string(rs[4:])
	if !stopsName(rest) && !reCourtesyAfter.MatchString(rest) {
		return "", i
	}
	end := i + len(name)
	if !traditionalAround(text, i, end) {
		return "", i
	}
	return name, end
}

// reCourtesyAfter is a word of courtesy written after a woman's name (林鄭月娥女士).
var reCourtesyAfter = lazyRE(`^(?:女士|夫人)`)
