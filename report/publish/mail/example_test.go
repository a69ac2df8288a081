package mail_test

import (
	"fmt"
	"time"

	"github.com/jianbao/jianbao/report/publish/mail"
)

func ExampleCompose() {
	m, err := mail.Compose(
		mail.Envelope{From: "党委办公室 <office@example.edu.cn>", To: []string{"leader@example.edu.cn"}},
		mail.Templates{Subject: "{{.Title}}（{{.Period.Label}}）"},
		mail.Data{Title: "党建工作简报", Period: mail.Period{Key: "2021-10", Label: "2021年10月"},
			Overview: "本期共收录信息42篇。"},
		[]mail.Attachment{{Name: "党建工作简报-2021-10.pdf", Data: []byte("%PDF-1.7")}},
		time.Date(2021, 11, 1, 8, 0, 0, 0, time.UTC))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Subject)
	fmt.Println(m.Recipients)
	fmt.Print(m.Text)
	// Output:
	// 党建工作简报（2021年10月）
	// [leader@example.edu.cn]
	// 党建工作简报已编印，见附件。
	//
	// 本期共收录信息42篇。
	//
	// 附件：
	// 党建工作简报-2021-10.pdf
}
