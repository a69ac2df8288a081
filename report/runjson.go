package report

import (
	"github.com/jianbao/jianbao/report/publish/mail"
	"github.com/jianbao/jianbao/report/publish/state"
)

// MailOutcome is what became of one message.
type MailOutcome = mail.Outcome

// What became of a message.
const (
	MailSent    = mail.Sent
	MailSkipped = mail.Skipped
	MailDryRun  = mail.DryRun
	MailFailed  = mail.Failed
)

// StatePathBeside returns the usual state file of a configuration: jianbao.state.yaml in the
// same directory.
func StatePathBeside(config string) string { return state.PathBeside(config) }

// DigestJSON is one digest of a run in a RunSummary.
type DigestJSON struct {
	// Unit is the unit of a unit's own digest, absent for the consolidated one.
	Unit string `json:"unit,omitempty"`
	// Title, IssueNo and Articles are the digest's.
	Title    string `json:"title"`
	IssueNo  string `json:"issue_no,omitempty"`
	Articles int    `json:"articles"`
	// Files are the files written.
	Files []string `json:"files"`
}

// MessageJSON is one message of a run in a RunSummary.
type MessageJSON struct {
	// Unit is the unit of a unit's own digest, absent for the consolidated one.
	Unit string `json:"unit,omitempty"`
	// Status is sent, skipped (mailed before), dry-run or failed.
	Status string `json:"status"`
	// Subject, Recipients, Attachments and MessageID describe the message.
	Subject     string   `json:"subject"`
	Recipients  []string `json:"recipients"`
	Attachments []string `json:"attachments"`
	MessageID   string   `json:"message_id"`
	// Path is the .eml file of a dry run.
	Path string `json:"path,omitempty"`
	// Attempts counts the tries of a send; Error says why it failed (never with a password).
	Attempts int    `json:"attempts,omitempty"`
	Error    string `json:"error,omitempty"`
	// SentBefore is when the state file shows it was mailed before.
	SentBefore string `json:"sent_before,omitempty"`
}

// DigestsJSON lists the digests, each with the title it prints (its layout's when no title: was
// given), and the files each was written to.
func (b *Built) DigestsJSON(digests []*Digest, published []Published) ([]DigestJSON, error) {
	var out []DigestJSON
	i := 0
	for _, d := range digests {
		title, err := b.printedTitle(d.Report)
		if err != nil {
			return nil, err
		}
		j := DigestJSON{Unit: d.Unit, Title: title, IssueNo: d.Report.IssueNo, Articles: d.Report.Totals.Articles, Files: []string{}}
		for range d.Outputs {
			if i < len(published) {
				j.Files = append(j.Files, published[i].Where)
				i++
			}
		}
		out = append(out, j)
	}
	return out, nil
}

// MessagesJSON lists what became of each message.
func MessagesJSON(outcomes []MailOutcome) []MessageJSON {
	var out []MessageJSON
	for _, o := range outcomes {
		m := MessageJSON{Unit: o.Unit, Status: o.Status.String(), Subject: o.Message.Subject, Recipients: o.Message.Recipients,
			Attachments: o.Message.Files, MessageID: o.Message.MessageID, Path: o.Path, Attempts: o.Attempts}
		if o.Err != nil {
			m.Error = o.Err.Error()
		}
		if o.Previous != nil {
			m.SentBefore = o.Previous.Sent
		}
		out = append(out, m)
	}
	return out
}
