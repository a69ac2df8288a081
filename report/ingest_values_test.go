package report

import (
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/model"
)

// TestIngestPlainValues: ingest writes a figure's value as a plain decimal, as every reader
// takes it; the YAML encoder wrote 1469115 as 1.469115e+06, which validate refused, so a real
// page's summary did not reach the digest.
func TestIngestPlainValues(t *testing.T) {
	t.Parallel()
	rec := Ingested{Summary: model.Summary{Title: "t", Unit: "u", Figures: []model.Figure{
		{Label: "门急诊人数", Value: 1469115, Unit: "人次"}, {Label: "资金", Value: 28600000, Unit: "元"}, {Label: "时长", Value: 2.5, Unit: "小时"}}}}
	out, err := summaryYAML(rec)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"value: 1469115\n", "value: 28600000\n", "value: 2.5\n"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
}
