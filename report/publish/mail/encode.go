package mail

import (
	"fmt"
	"mime"
	"strings"
)

// Attachment names are given twice, because mail programs disagree on which form they read:
// as an RFC 2047 encoded word inside the quoted name= and filename= parameters (what Outlook,
// Foxmail and QQ Mail write and read) and as an RFC 2231 filename* parameter (the standard
// form, which Gmail, Thunderbird and Apple Mail prefer when both are present). Each parameter
// sits on its own folded line, and so does each encoded word, so that header lines stay near
// 78 characters (an encoded word is at most 75).

// contentType is the Content-Type of an attachment.
func contentType(mediaType, name string) string {
	return mediaType + ";\r\n name=" + quotedWord(name)
}

// contentDisposition is the Content-Disposition of an attachment.
func contentDisposition(disposition, name string) string {
	v := disposition + ";\r\n filename=" + quotedWord(name)
	if isASCII(name) {
		return v
	}
	return v + ";\r\n " + rfc2231("filename", name)
}

// quotedWord quotes a name, as RFC 2047 B-encoded words when it is not plain ASCII.
func quotedWord(name string) string {
	name = cleanName(name)
	if isASCII(name) {
		return `"` + name + `"`
	}
	// Long names give several words; each goes on its own folded line (folding white space
	// inside a quoted string unfolds to the space that separates encoded words).
	words := strings.ReplaceAll(mime.BEncoding.Encode("UTF-8", name), "?b?", "?B?")
	return `"` + strings.ReplaceAll(words, "?= =?", "?=\r\n =?") + `"`
}

// cleanName replaces characters that have no place in a file name parameter.
func cleanName(name string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || strings.ContainsRune(`"\/`, r) {
			return '_'
		}
		return r
	}, name)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// rfc2231 encodes a parameter as UTF-8 percent-escapes, split into numbered continuations
// (name*0*=, name*1*=) of at most about 60 characters, never splitting a character.
func rfc2231(param, value string) string {
	const limit = 60
	var chunks []string
	var cur strings.Builder
	cur.WriteString("UTF-8''")
	// A character's bytes stay in one piece: some programs decode each piece on its own.
	for _, r := range cleanName(value) {
		var piece strings.Builder
		for _, b := range []byte(string(r)) {
			if isAttrChar(b) {
				piece.WriteByte(b)
			} else {
				fmt.Fprintf(&piece, "%%%02X", b)
			}
		}
		if cur.Len()+piece.Len() > limit {
			chunks = append(chunks, cur.String())
			cur.Reset()
		}
		cur.WriteString(piece.String())
	}
	chunks = append(chunks, cur.String())
	if len(chunks) == 1 {
		return param + "*=" + chunks[0]
	}
	parts := make([]string, len(chunks))
	for i, c := range chunks {
		parts[i] = fmt.Sprintf("%s*%d*=%s", param, i, c)
	}
	return strings.Join(parts, ";\r\n ")
}

// isAttrChar reports whether b may stand unescaped in an RFC 2231 value (attribute-char).
func isAttrChar(b byte) bool {
	switch {
	case 'a' <= b && b <= 'z', 'A' <= b && b <= 'Z', '0' <= b && b <= '9':
		return true
	}
	return strings.IndexByte("!#$&+-.^_`|~", b) >= 0
}
