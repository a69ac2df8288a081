package mail

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"github.com/jianbao/jianbao/report/publish/state"
)

// Job is one message to deliver and what identifies it in the state file.
type Job struct {
	// Period is the period's key, Layout the layout's name, Unit the unit of a unit's own
	// digest (empty for the consolidated one).
	Period, Layout, Unit string
	// Name is the dry run's file name without .eml (the digest's file stem).
	Name string
	// Message is the composed message.
	Message *Message
}

// Status says what became of a job.
type Status int

const (
	// Sent means the server took the message.
	Sent Status = iota
	// Skipped means the state file shows it was delivered before and resending was not asked.
	Skipped
	// DryRun means the message was written as an .eml file instead of sent.
	DryRun
	// Failed means delivery failed; Outcome.Err says why.
	Failed
)

// String returns the status's name, as --json prints it.
func (s Status) String() string {
	switch s {
	case Sent:
		return "sent"
	case Skipped:
		return "skipped"
	case DryRun:
		return "dry-run"
	case Failed:
		return "failed"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

// MarshalText returns the status's name.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Outcome is what became of one job.
type Outcome struct {
	Job
	// Status is what happened.
	Status Status
	// Path is the .eml file of a dry run.
	Path string
	// Attempts counts the tries of a send.
	Attempts int
	// Previous is the earlier delivery a skipped (or resent) job matched.
	Previous *state.Delivery
	// Err is why a job failed.
	Err error
}

// DeliverOptions say how Deliver works.
type DeliverOptions struct {
	// Resend sends jobs the state file shows as delivered already.
	Resend bool
	// DryRunDir, when set, makes Deliver write each message as DryRunDir/Name.eml and send
	// nothing; the state file is neither read for skips nor changed.
	DryRunDir string
	// Now is the clock recorded with a delivery (the library reads none); nil records no time.
	Now func() time.Time
	// Log is told of retries and skips.
	Log func(string)
}

// Deliver sends each job (or writes it, for a dry run) and records each successful delivery in
// st, which the caller then saves. Jobs delivered before are skipped unless Resend is set. A
// failed job does not stop the others; its Outcome carries a *DeliveryError.
func Deliver(ctx context.Context, srv Server, st *state.File, jobs []Job, opt DeliverOptions) []Outcome {
	sent := func() string {
		if opt.Now == nil {
			return ""
		}
		return opt.Now().Format(time.RFC3339)
	}
	out := make([]Outcome, 0, len(jobs))
	for _, j := range jobs {
		o := Outcome{Job: j}
		if opt.DryRunDir != "" {
			o.Path = filepath.Join(opt.DryRunDir, j.Name+".eml")
			if err := j.Message.WriteFile(o.Path); err != nil {
				o.Status, o.Err = Failed, err
			} else {
				o.Status = DryRun
			}
			out = append(out, o)
			continue
		}
		if prev, ok := st.Delivered(j.Period, j.Layout, j.Unit); ok {
			o.Previous = &prev
			if !opt.Resend {
				o.Status = Skipped
				if opt.Log != nil {
					changed := ""
					if prev.Hash != j.Message.Hash {
						changed = "; the files have changed since"
					}
					opt.Log(fmt.Sprintf("mail: %s %s was sent on %s; not sending again%s", j.Layout, j.Period, prev.Sent, changed))
				}
				out = append(out, o)
				continue
			}
		}
		res, err := srv.Send(ctx, j.Message, opt.Log)
		o.Attempts = res.Attempts
		if err != nil {
			o.Status, o.Err = Failed, err
			out = append(out, o)
			continue
		}
		o.Status = Sent
		st.RecordDelivery(state.Delivery{Period: j.Period, Layout: j.Layout, Unit: j.Unit,
			Recipients: j.Message.Recipients, Files: j.Message.Files, Hash: j.Message.Hash,
			MessageID: j.Message.MessageID, Server: res.Server, Sent: sent()})
		out = append(out, o)
	}
	return out
}
