package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// TestMemoryLimitFor: the limit is memLimitFactor times the live heap, never below the floor.
func TestMemoryLimitFor(t *testing.T) {
	for _, tc := range []struct {
		live uint64
		want int64
	}{
		{0, memLimitFloor},
		{10 << 20, memLimitFloor},
		{100 << 20, memLimitFloor},
		{400 << 20, 840 << 20},
	} {
		if got := memoryLimitFor(tc.live); got != tc.want {
			t.Errorf("memoryLimitFor(%d) = %d, want %d", tc.live, got, tc.want)
		}
	}
}

// TestLimitMemoryEnv: a GOMEMLIMIT or GOGC the user set is left alone; otherwise a limit of
// at least the floor is set.
func TestLimitMemoryEnv(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	for _, tc := range []struct {
		gomemlimit, gogc string
		set              bool
	}{
		{"", "", true},
		{"1GiB", "", false},
		{"", "50", false},
	} {
		t.Setenv("GOMEMLIMIT", tc.gomemlimit)
		t.Setenv("GOGC", tc.gogc)
		debug.SetMemoryLimit(math.MaxInt64)
		got := limitMemory()
		now := debug.SetMemoryLimit(-1)
		if tc.set && now == heapFloor {
			// A small heap: the limit comes after the first collection.
			now = afterCollection(t)
		}
		if tc.set && (got < memLimitFloor || now != got) {
			t.Errorf("GOMEMLIMIT=%q GOGC=%q: limit %d, runtime says %d; want ≥ %d set", tc.gomemlimit, tc.gogc, got, now, memLimitFloor)
		}
		if !tc.set && (got != 0 || now != math.MaxInt64) {
			t.Errorf("GOMEMLIMIT=%q GOGC=%q: limit %d, runtime says %d; want none", tc.gomemlimit, tc.gogc, got, now)
		}
	}
}

// afterCollection collects and waits for the sentinel's cleanup to set the phase's collector,
// then returns the memory limit the runtime has.
func afterCollection(t *testing.T) int64 {
	t.Helper()
	runtime.GC()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		collector.mu.Lock()
		now := debug.SetMemoryLimit(-1)
		collector.mu.Unlock()
		if now != heapFloor {
			return now
		}
	}
	t.Fatal("the collector was not set after a collection")
	return 0
}

// gcPercent returns the collector's setting (GOGC) without changing it.
func gcPercent() int {
	collector.mu.Lock()
	defer collector.mu.Unlock()
	p := debug.SetGCPercent(-1)
	debug.SetGCPercent(p)
	return p
}

// TestCollectFrom: the collector is off, with heapFloor as the limit, until a collection; then
// it has the phase's setting. A later phase's setting is not undone by an earlier sentinel.
func TestCollectFrom(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	collectFrom(50, 300<<20)
	if p, l := gcPercent(), debug.SetMemoryLimit(-1); p != -1 || l != heapFloor {
		t.Fatalf("before a collection: GOGC %d, limit %d; want off, %d", p, l, heapFloor)
	}
	if l := afterCollection(t); l != 300<<20 || gcPercent() != 50 {
		t.Fatalf("after a collection: GOGC %d, limit %d; want 50, %d", gcPercent(), l, 300<<20)
	}
	// A phase set at once (setCollector) stays as it is set when an older sentinel's cleanup runs.
	collectFrom(50, 300<<20)
	setCollector(100, 400<<20)
	runtime.GC()
	time.Sleep(50 * time.Millisecond)
	if p, l := gcPercent(), debug.SetMemoryLimit(-1); p != 100 || l != 400<<20 {
		t.Fatalf("after setCollector and a collection: GOGC %d, limit %d; want 100, %d", p, l, 400<<20)
	}
}

// TestHeapFloorUnderLimit: a heap under heapFloor is under the limit memLimitFloor allows
// (limitMemory gives such a run memLimitFloor without measuring its live heap).
func TestHeapFloorUnderLimit(t *testing.T) {
	if memoryLimitFor(heapFloor) != memLimitFloor {
		t.Fatalf("memoryLimitFor(heapFloor) = %d, want memLimitFloor %d", memoryLimitFor(heapFloor), memLimitFloor)
	}
}

// TestLimitMemoryCollectsSmallHeap: a heap under heapFloor is collected once when the limit is
// set (what reading left is freed for rendering), and the collector is then off again until
// the next collection.
func TestLimitMemoryCollectsSmallHeap(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	t.Setenv("GOGC", "")
	defer debug.SetGCPercent(debug.SetGCPercent(-1)) // only limitMemory's collection counts
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if got := limitMemory(); got != memLimitFloor {
		t.Fatalf("limit %d, want memLimitFloor %d for a small heap", got, memLimitFloor)
	}
	runtime.ReadMemStats(&after)
	if n := after.NumGC - before.NumGC; n != 1 {
		t.Errorf("%d collections while the limit was set, want 1", n)
	}
	if p := gcPercent(); p != -1 {
		t.Errorf("GOGC %d after the limit was set, want off until the next collection", p)
	}
}
