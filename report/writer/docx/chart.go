package docx

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/jianbao/jianbao/report/chart"
	"github.com/jianbao/jianbao/report/cjk"
	"github.com/jianbao/jianbao/report/doc"
)

// estimate measures text at size without the fonts, for the chart's labels and the table's
// columns: cjk.Estimate, with the Han–Latin gaps the runs set (gapRuns).
func estimate(text string, size float64) float64 { return cjk.Estimate(text, size, doc.HanLatinGap) }

// palette colours series that name no colour.
var palette = []string{"C00000", "8497B0", "2F5597", "BF9000", "548235"}

// chart writes a native DrawingML chart part, so that the chart stays editable in Word, WPS and
// LibreOffice; its data travels in the part's caches (no embedded workbook).
func (p *pkg) chart(b *bytes.Buffer, c *doc.Chart) error {
	if len(c.Labels) == 0 || len(c.Series) == 0 {
		return nil
	}
	p.charts++
	name := fmt.Sprintf("charts/chart%d.xml", p.charts)
	p.add("word/"+name, "application/vnd.openxmlformats-officedocument.drawingml.chart+xml", p.chartXML(c))
	id := p.addRel(relChart, name, "")
	p.caption(b, c.Caption)
	cx := int64(p.textWidth()) * 635 // twips to EMU
	cy := cx * 9 / 16
	// The chart's line is as tall as the chart: auto spacing (an exact one clips the chart) and
	// a 1 pt font, whose descent would otherwise lengthen the line; then typeset's gap under it.
	fmt.Fprintf(b, `<w:p><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="%d" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr><w:r><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="%d" name="Chart %d"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="%s"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`,
		twips(doc.ChartGap), cx, cy, 1000+p.charts, p.charts, id)
	return nil
}

func (p *pkg) chartXML(c *doc.Chart) []byte {
	var b bytes.Buffer
	font := esc(p.family("serif"))
	// The category labels as the PDF sets them (chart.CategoryLabels: whole, short names, or
	// wrapped, never under 7 pt), measured by an estimate: a Han character an em, others half.
	plot := float64(p.textWidth())/20 - 40
	labels, lsize := chart.CategoryLabels(c, plot/float64(len(c.Labels))-4, 8, estimate)
	b.WriteString(xmlHeader + `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="` + nsR + `">`)
	b.WriteString(`<c:lang val="zh-CN"/><c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>`)
	kind := "barChart"
	if c.Kind == "line" {
		kind = "lineChart"
	}
	b.WriteString(`<c:` + kind + `>`)
	if kind == "barChart" {
		b.WriteString(`<c:barDir val="col"/>`)
	}
	b.WriteString(`<c:grouping val="` + map[bool]string{true: "standard", false: "clustered"}[kind == "lineChart"] + `"/><c:varyColors val="0"/>`)
	col := func(i int) string { return string(rune('B' + i)) }
	for i, s := range c.Series {
		color := strings.ToUpper(s.Color)
		if color == "" {
			color = palette[i%len(palette)]
		}
		fmt.Fprintf(&b, `<c:ser><c:idx val="%d"/><c:order val="%d"/><c:tx><c:strRef><c:f>Sheet1!$%s$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>%s</c:v></c:pt></c:strCache></c:strRef></c:tx>`,
			i, i, col(i), esc(s.Name))
		if kind == "lineChart" {
			fmt.Fprintf(&b, `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="circle"/></c:marker>`, color)
		} else {
			fmt.Fprintf(&b, `<c:spPr><a:solidFill><a:srgbClr val="%s"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`, color)
		}
		fmt.Fprintf(&b, `<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$%d</c:f><c:strCache><c:ptCount val="%d"/>`, len(c.Labels)+1, len(c.Labels))
		for j, l := range labels {
			fmt.Fprintf(&b, `<c:pt idx="%d"><c:v>%s</c:v></c:pt>`, j, esc(strings.Join(l, "\n")))
		}
		fmt.Fprintf(&b, `</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>Sheet1!$%s$2:$%s$%d</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="%d"/>`, col(i), col(i), len(c.Labels)+1, len(c.Labels))
		for j, v := range s.Values {
			fmt.Fprintf(&b, `<c:pt idx="%d"><c:v>%s</c:v></c:pt>`, j, strconv.FormatFloat(v, 'f', -1, 64))
		}
		b.WriteString(`</c:numCache></c:numRef></c:val>`)
		if kind == "lineChart" {
			b.WriteString(`<c:smooth val="0"/>`)
		}
		b.WriteString(`</c:ser>`)
	}
	if kind == "barChart" {
		b.WriteString(`<c:gapWidth val="80"/><c:overlap val="-10"/>`)
	} else {
		b.WriteString(`<c:marker val="1"/>`)
	}
	b.WriteString(`<c:axId val="1001"/><c:axId val="1002"/></c:` + kind + `>`)
	b.WriteString(`<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
		fmt.Sprintf(`<c:txPr><a:bodyPr rot="0" vert="horz"/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="%d"><a:latin typeface="%s"/><a:ea typeface="%s"/></a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`, int(lsize*100), font, font) + `<c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>`)
	b.WriteString(`<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>`)
	if c.Unit != "" {
		fmt.Fprintf(&b, `<c:title><c:tx><c:rich><a:bodyPr rot="0" vert="horz"/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900" b="0"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="900" b="0"><a:ea typeface="%s"/></a:rPr><a:t>%s</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`, font, esc(c.Unit))
	}
	// Counts go in whole steps, as in the PDF (chart.Step), not Word's automatic 0.5.
	fmt.Fprintf(&b, `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/><c:majorUnit val="%s"/></c:valAx>`,
		strconv.FormatFloat(chart.Step(c), 'f', -1, 64))
	b.WriteString(`</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>`)
	fmt.Fprintf(&b, `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:latin typeface="%s"/><a:ea typeface="%s"/></a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`, font, font)
	b.WriteString(`</c:chartSpace>`)
	return b.Bytes()
}
