package doc

import (
	"encoding/json"
	"fmt"
)

// MarshalJSON dumps the document with each block and inline tagged by its type, so that the dump
// (jianbao dump --stage=doc, layout goldens) shows what each element is.
func (d *Document) MarshalJSON() ([]byte, error) {
	type plain Document
	blocks := make([]tagged, len(d.Blocks))
	for i, b := range d.Blocks {
		blocks[i] = tag(b)
	}
	return json.Marshal(struct {
		*plain
		Blocks []tagged `json:"blocks"`
	}{(*plain)(d), blocks})
}

type tagged struct {
	Type  string `json:"type"`
	Value any    `json:"value,omitempty"`
}

func tag(v any) tagged {
	name := fmt.Sprintf("%T", v)
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '.' {
			name = name[i+1:]
			break
		}
	}
	switch x := v.(type) {
	case *PageBreak:
		if !x.Cover {
			return tagged{Type: name}
		}
	case *Foot:
		blocks := make([]tagged, len(x.Blocks))
		for i, b := range x.Blocks {
			blocks[i] = tag(b)
		}
		return tagged{Type: name, Value: struct {
			Blocks   []tagged `json:"blocks"`
			EvenPage bool     `json:"even_page,omitempty"`
		}{blocks, x.EvenPage}}
	case *Heading:
		return tagged{Type: name, Value: struct {
			*Heading
			Text []tagged `json:"text"`
		}{x, tags(x.Text)}}
	case *Para:
		return tagged{Type: name, Value: struct {
			*Para
			Text []tagged `json:"text"`
		}{x, tags(x.Text)}}
	case *List:
		items := make([][]tagged, len(x.Items))
		for i, it := range x.Items {
			items[i] = tags(it)
		}
		return tagged{Type: name, Value: struct {
			*List
			Items [][]tagged `json:"items"`
		}{x, items}}
	}
	return tagged{Type: name, Value: v}
}

func tags(in []Inline) []tagged {
	out := make([]tagged, len(in))
	for i, x := range in {
		out[i] = tag(x)
	}
	return out
}
