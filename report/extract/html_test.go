package extract

import (
	"strings"
	"testing"
)

const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>学校召开巡察整改推进会 - 东湖大学新闻网</title>
<script>var views = 12345; document.write("浏览量");</script><style>.a{color:red}</style></head>
<body><div class="nav"><a href="/">首页</a> | <a href="/news">学校要闻</a> | <a>媒体东大</a> | <a>专题报道</a></div>
<div class="main"><h1>学校召开巡察整改推进会</h1><div class="info">发布时间：2021-09-22 浏览次数：<span id="c">512</span></div>
<div class="article"><p>新闻网讯（记者 钟晴）9月21日上午，校党委在行政楼第一会议室召开巡察整改推进会。</p>
<p>校党委书记林海涛出席会议并讲话，校长周明远主持会议。会议通报了整改进展，共梳理问题86个，制定整改措施214项。</p></div></div>
<div class="footer">版权所有 © 东湖大学 地址：东湖路1号 电话：027-12345678</div></body></html>`

func TestHTMLText(t *testing.T) {
	t.Parallel()
	if !LooksLikeHTML(page) {
		t.Fatal("not recognized as HTML")
	}
	text := HTMLText(page)
	for _, bad := range []string{"首页", "document.write", "版权所有", "color:red"} {
		if strings.Contains(text, bad) {
			t.Errorf("navigation or script kept (%s):\n%s", bad, text)
		}
	}
	s := Extract(text, Options{}).Summary
	if s.Title != "学校召开巡察整改推进会" || s.Date.Format("2006-01-02") != "2021-09-21" || s.Chair == nil || s.Chair.Name != "周明远" {
		t.Errorf("from HTML: title %q, date %v, chair %+v\n%s", s.Title, s.Date, s.Chair, text)
	}
	if len(s.Figures) != 2 || len(s.Authors) != 1 || s.Authors[0].Name != "钟晴" {
		t.Errorf("figures %v, authors %v", s.Figures, s.Authors)
	}
}
