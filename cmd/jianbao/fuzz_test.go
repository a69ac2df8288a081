package main

import (
	"os"
	"testing"

	"github.com/jianbao/jianbao/report"
)

// FuzzConfig: any jianbao.yaml is read without a panic, and one that reads gives a job.
func FuzzConfig(f *testing.F) {
	if data, err := os.ReadFile("../../samples/jianbao.yaml"); err == nil {
		f.Add(data)
	}
	f.Add([]byte("title: &a [*a]\n"))
	f.Add([]byte("period: 2021Q3\nformats: [pdf, docx]\ntitle: 东湖大学{{.Period.Label}}简报\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var c config
		if err := report.DecodeYAML("jianbao.yaml", data, &c); err != nil {
			return
		}
	})
}
