package report

import (
	"fmt"
	"testing"

	"github.com/jianbao/jianbao/report/typeset"
	"github.com/jianbao/jianbao/report/writer/pdf"
)

// BenchmarkPaginateLong times the pagination alone that gives a DOCX digest's contents its page
// numbers (typeset.ContentsLabels with the PDF's fonts), on the quarterly digest of n generated
// articles of realistic length: the document is built once, outside the timing. It reports the
// process's CPU time per run as cpu-ms/op (all cores; wall time on a shared machine says little).
func BenchmarkPaginateLong(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			r := longReport(b, n)
			ropt := RenderOptions{Layout: "quarterly", Format: "docx"}
			d, err := Document(r, ropt)
			if err != nil {
				b.Fatal(err)
			}
			m, _, err := pdf.NewMeasurer(writerOptions(ropt), d)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			cpu := processCPU()
			for i := 0; i < b.N; i++ {
				if _, err := typeset.ContentsLabels(d, m); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(processCPU()-cpu)/1e6/float64(b.N), "cpu-ms/op")
		})
	}
}
