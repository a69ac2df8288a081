package extract

import (
	"bytes"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// LooksLikeHTML reports whether text is an HTML page rather than plain text.
func LooksLikeHTML(text string) bool {
	head := strings.ToLower(text[:min(len(text), 1024)])
	return strings.Contains(head, "<html") || strings.Contains(head, "<!doctype html") ||
		strings.Contains(head, "<body") || strings.Contains(head, "<div") || strings.Contains(head, "<p>")
}

// skipped are elements whose text is never article text.
var skipped = map[atom.Atom]bool{atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Iframe: true, atom.Select: true,
	atom.Button: true, atom.Svg: true, atom.Template: true}

var block = map[atom.Atom]bool{atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.Tr: true, atom.Section: true, atom.Article: true, atom.Td: true, atom.Table: true}

var reNavClass = lazyRE(`(?i)nav|menu|footer|header|sidebar|breadcrumb|share|comment|copyright|banner|crumb|related|links?\b`)

// HTMLText finds an article in an HTML page: the element whose paragraphs hold the most Chinese
// text, its text with a line per block, headed by the page's headline (<h1>, else <title>)
// and a date line found near it. Scripts, styles and navigation are dropped.
func HTMLText(page string) string {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return page
	}
	var best *html.Node
	bestScore := 0
	var title, h1 string
	var walk func(n *html.Node) int
	walk = func(n *html.Node) int {
		if n.Type == html.ElementNode {
			if skipped[n.DataAtom] || reNavClass.MatchString(attr(n, "class")+" "+attr(n, "id")) && n.DataAtom != atom.Body && n.DataAtom != atom.Html {
				return 0
			}
			switch n.DataAtom {
			case atom.Title:
				title = strings.TrimSpace(textOf(n))
			case atom.H1:
				if h1 == "" {
					h1 = strings.TrimSpace(textOf(n))
				}
			}
		}
		own := 0
		if n.Type == html.TextNode {
			own = hanCount(n.Data)
		}
		sum := own
		direct := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			s := walk(c)
			sum += s
			if c.Type == html.TextNode || c.DataAtom == atom.P || c.DataAtom == atom.Br || c.DataAtom == atom.Span || c.DataAtom == atom.Font || c.DataAtom == atom.Strong {
				direct += s
			}
		}
		// An article container holds its text in its own paragraphs, not in deep navigation.
		if n.Type == html.ElementNode && direct > bestScore {
			best, bestScore = n, direct
		}
		return sum
	}
	walk(doc)
	if best == nil {
		return page
	}
	var b bytes.Buffer
	headline := h1
	if headline == "" {
		headline = title
		for _, sep := range []string{" - ", "_", " | ", "－", "—"} {
			if i := strings.Index(headline, sep); i > 0 {
				headline = headline[:i]
			}
		}
	}
	if headline != "" {
		b.WriteString(strings.TrimSpace(headline) + "\n")
	}
	if m := reISODay.FindString(textOf(doc)); m != "" {
		b.WriteString(m + "\n")
	}
	writeText(&b, best)
	out := b.String()
	if headline != "" && strings.Count(out, headline) > 1 {
		out = strings.Replace(out, headline+"\n", "", 1) // the body repeats its headline
		out = strings.TrimSpace(headline) + "\n" + strings.TrimPrefix(out, strings.TrimSpace(headline)+"\n")
	}
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n
}

func textOf(n *html.Node) string {
	var b bytes.Buffer
	writeText(&b, n)
	return b.String()
}

// writeText writes n's text, a newline after each block element, skipping scripts and styles.
func writeText(b *bytes.Buffer, n *html.Node) {
	if n.Type == html.ElementNode && skipped[n.DataAtom] {
		return
	}
	if n.Type == html.TextNode {
		b.WriteString(strings.Join(strings.Fields(n.Data), " "))
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		writeText(b, c)
	}
	if n.Type == html.ElementNode && block[n.DataAtom] {
		b.WriteString("\n")
	}
}
