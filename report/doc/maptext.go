package doc

import "github.com/jianbao/jianbao/report/internal/safego"

// MapText replaces every text a reader sees in d (metadata, running header and footer, and the
// text of every block and inline) with f of it. Link addresses, style names and IDs are left
// alone. Layouts use it to write a whole document in one script. The blocks are shared out among
// the processors: f must be safe to call from several goroutines at once.
func MapText(d *Document, f func(string) string) {
	d.Meta.Title, d.Meta.Author, d.Meta.Subject = f(d.Meta.Title), f(d.Meta.Author), f(d.Meta.Subject)
	mapStrings(d.Meta.Keywords, f)
	d.Page.Header, d.Page.Footer = f(d.Page.Header), f(d.Page.Footer)
	safego.Split(len(d.Blocks), mapPerWorker, func(from, to int) { mapBlocks(d.Blocks[from:to], f) })
}

// mapPerWorker is the fewest blocks a goroutine of MapText maps.
const mapPerWorker = 1024

// mapBlocks is MapText for blocks, those of a Foot (the 版记, the 报尾) included.
func mapBlocks(blocks []Block, f func(string) string) {
	for _, b := range blocks {
		switch x := b.(type) {
		case *Foot:
			mapBlocks(x.Blocks, f)
		case *Heading:
			mapInlines(x.Text, f)
		case *Para:
			mapInlines(x.Text, f)
		case *List:
			for _, it := range x.Items {
				mapInlines(it, f)
			}
		case *Table:
			x.Caption, x.Continued, x.Note = f(x.Caption), f(x.Continued), f(x.Note)
			mapStrings(x.Header, f)
			for _, r := range x.Rows {
				mapStrings(r, f)
			}
			mapStrings(x.Footer, f)
		case *Chart:
			x.Caption, x.Unit = f(x.Caption), f(x.Unit)
			mapStrings(x.Labels, f)
			for i := range x.Series {
				x.Series[i].Name = f(x.Series[i].Name)
			}
		case *TOC:
			x.Title = f(x.Title)
		case *Row:
			x.Left, x.Right = f(x.Left), f(x.Right)
		}
	}
}

func mapStrings(s []string, f func(string) string) {
	for i := range s {
		s[i] = f(s[i])
	}
}

func mapInlines(in []Inline, f func(string) string) {
	for _, i := range in {
		switch x := i.(type) {
		case *Text:
			x.Text = f(x.Text)
		case *Strong:
			x.Text = f(x.Text)
		case *Emph:
			x.Text = f(x.Text)
		case *Link:
			x.Text = f(x.Text)
		}
	}
}
