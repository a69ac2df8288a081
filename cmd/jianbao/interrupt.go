package main

import (
	"context"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
)

// exitInterrupted is the status of a run stopped by SIGINT or SIGTERM: 128 plus the signal's
// number, as shells report it (130 for Ctrl-C, 143 when systemd stops the job).
const exitInterrupted = 128

// notifySignals registers c for the signals that stop a run and returns the function that
// unregisters it; a test replaces it to deliver a signal without sending one to itself.
var notifySignals = func(c chan<- os.Signal) (stop func()) {
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	return func() { signal.Stop(c) }
}

// interruptible returns a context cancelled by the first SIGINT or SIGTERM, the signal received
// (nil until then) and a function releasing the registration. The library stops at its next
// check of the context (between stages, while waiting for the state file's lock or before a
// retry of a delivery), removes its temporary files and records nothing not done; a second
// signal ends the process at once, as it would without jianbao's handling.
func interruptible(parent context.Context) (ctx context.Context, received func() os.Signal, release func()) {
	ctx, cancel := context.WithCancel(parent)
	c := make(chan os.Signal, 1)
	stop := notifySignals(c)
	done := make(chan struct{})
	var got atomic.Value
	go func() {
		select {
		case s := <-c:
			got.Store(s)
			stop() // the next signal has its default effect
			cancel()
		case <-done:
		}
	}()
	received = func() os.Signal {
		s, _ := got.Load().(os.Signal)
		return s
	}
	release = func() {
		close(done)
		stop()
		cancel()
	}
	return ctx, received, release
}

// signalStatus is the exit status for a run ended by s.
func signalStatus(s os.Signal) int {
	if n, ok := s.(syscall.Signal); ok {
		return exitInterrupted + int(n)
	}
	return exitInterrupted + int(syscall.SIGINT)
}
