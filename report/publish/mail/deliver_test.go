package mail

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/jianbao/jianbao/report/publish/state"

	"github.com/jianbao/jianbao/report/publish/mail/mailtest"
)

func TestDeliverRecordsAndSkips(t *testing.T) {
	ts := mailtest.NewServer(t, testUser, testPassword, mailtest.Options{})
	srv := serverFor(ts, StartTLS)
	st := &state.File{}
	clock := func() time.Time { return testDate }
	job := Job{Period: "2021-10", Layout: "jianbao", Name: "digest-2021-10", Message: compose(t, testFiles(t))}

	out := Deliver(context.Background(), srv, st, []Job{job}, DeliverOptions{Now: clock})
	if out[0].Status != Sent || len(ts.Messages()) != 1 {
		t.Fatalf("first run: %v (%v), %d messages", out[0].Status, out[0].Err, len(ts.Messages()))
	}
	d, ok := st.Delivered("2021-10", "jianbao", "")
	if !ok || d.Hash != job.Message.Hash || len(d.Recipients) != 3 || d.Sent != "2021-11-01T08:30:00+08:00" || d.Server != srv.Addr() {
		t.Errorf("recorded: %+v", d)
	}

	var logs []string
	out = Deliver(context.Background(), srv, st, []Job{job}, DeliverOptions{Now: clock, Log: func(s string) { logs = append(logs, s) }})
	if out[0].Status != Skipped || out[0].Previous == nil || len(ts.Messages()) != 1 || len(logs) != 1 {
		t.Errorf("rerun: %v, %d messages, logs %q; want skipped, 1 message", out[0].Status, len(ts.Messages()), logs)
	}

	out = Deliver(context.Background(), srv, st, []Job{job}, DeliverOptions{Now: clock, Resend: true})
	if out[0].Status != Sent || len(ts.Messages()) != 2 || len(st.Deliveries) != 2 {
		t.Errorf("resend: %v, %d messages, %d deliveries", out[0].Status, len(ts.Messages()), len(st.Deliveries))
	}

	unit := job
	unit.Unit = "计算机学院"
	out = Deliver(context.Background(), srv, st, []Job{unit}, DeliverOptions{Now: clock})
	if out[0].Status != Sent {
		t.Errorf("a unit's digest was not sent: %v", out[0].Status)
	}
}

func TestDeliverPermanentFailureRecordsNothing(t *testing.T) {
	ts := mailtest.NewServer(t, testUser, testPassword, mailtest.Options{Fail: func(cmd string, n int) error {
		if cmd == "RCPT" {
			return mailtest.Reply(550, "mailbox unavailable")
		}
		return nil
	}})
	st := &state.File{}
	jobs := []Job{
		{Period: "2021-10", Layout: "jianbao", Name: "a", Message: compose(t, testFiles(t))},
		{Period: "2021-10", Layout: "jianbao", Unit: "计算机学院", Name: "b", Message: compose(t, testFiles(t))},
	}
	out := Deliver(context.Background(), serverFor(ts, StartTLS), st, jobs, DeliverOptions{})
	for _, o := range out {
		var de *DeliveryError
		if o.Status != Failed || !errors.As(o.Err, &de) || de.Code != 550 || o.Attempts != 1 {
			t.Errorf("%s: got %v %v after %d attempts, want failed with 550 after 1", o.Name, o.Status, o.Err, o.Attempts)
		}
	}
	if len(st.Deliveries) != 0 || len(ts.Messages()) != 0 {
		t.Errorf("recorded %d deliveries, server has %d messages; want none", len(st.Deliveries), len(ts.Messages()))
	}
}

func TestDeliverDryRun(t *testing.T) {
	dir := t.TempDir()
	st := &state.File{}
	st.RecordDelivery(state.Delivery{Period: "2021-10", Layout: "jianbao"})
	files := testFiles(t)
	job := Job{Period: "2021-10", Layout: "jianbao", Name: "东湖大学2021年10月党建工作简报-2021-10", Message: compose(t, files)}
	// An unreachable server: a dry run never connects.
	out := Deliver(context.Background(), Server{Host: "127.0.0.1", Port: 1}, st, []Job{job}, DeliverOptions{DryRunDir: dir})
	if out[0].Status != DryRun || out[0].Path != filepath.Join(dir, job.Name+".eml") {
		t.Fatalf("got %v %q (%v)", out[0].Status, out[0].Path, out[0].Err)
	}
	raw, err := os.ReadFile(out[0].Path)
	if err != nil {
		t.Fatal(err)
	}
	checkMessage(t, raw, files)
	if len(st.Deliveries) != 1 {
		t.Error("a dry run changed the state")
	}
}
