package main

import (
	"math"
	"runtime/debug"
	"testing"
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
		if tc.set && (got < memLimitFloor || now != got) {
			t.Errorf("GOMEMLIMIT=%q GOGC=%q: limit %d, runtime says %d; want ≥ %d set", tc.gomemlimit, tc.gogc, got, now, memLimitFloor)
		}
		if !tc.set && (got != 0 || now != math.MaxInt64) {
			t.Errorf("GOMEMLIMIT=%q GOGC=%q: limit %d, runtime says %d; want none", tc.gomemlimit, tc.gogc, got, now)
		}
	}
}
