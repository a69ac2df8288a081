package reader

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"testing"

	"github.com/jianbao/jianbao/internal/gen"
)

// TestJSONLInParallelAsInOrder: a file read by several goroutines gives the summaries and the
// problems (positions, records, messages) that one goroutine finds, in the same order.
func TestJSONLInParallelAsInOrder(t *testing.T) {
	t.Parallel()
	var data bytes.Buffer
	for i, s := range gen.Articles(2000, gen.Short) {
		switch {
		case i%397 == 5:
			data.WriteString("{\"title\": \"broken\n") // invalid JSON
		case i%211 == 7:
			data.WriteString("\n  \n") // blank lines: no record
		case i%173 == 11:
			fmt.Fprintf(&data, `{"title":"%s","unit":"宣传部","summary":"无日期"}`+"\n", s.Title) // no date
		}
		line, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		data.Write(line)
		data.WriteByte('\n')
	}
	src := Source{Name: "big.jsonl", Data: data.Bytes()}
	one, oneErrs := readJSONLWith(context.Background(), src, 1)
	if len(one) < 1900 || len(oneErrs) < 10 {
		t.Fatalf("the fixture is not what the test needs: %d summaries, %d problems", len(one), len(oneErrs))
	}
	for _, workers := range []int{2, 3, 7} {
		many, manyErrs := readJSONLWith(context.Background(), src, workers)
		if !reflect.DeepEqual(many, one) {
			t.Errorf("%d goroutines: the summaries differ from one goroutine's", workers)
		}
		if fmt.Sprint(manyErrs) != fmt.Sprint(oneErrs) {
			t.Errorf("%d goroutines: problems\n%v\nwant\n%v", workers, manyErrs, oneErrs)
		}
	}
}
