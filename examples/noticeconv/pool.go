package main

import "sync"

// orderedMap calls fn on every value that next yields, using n goroutines,
// and calls emit with the results in the order next yielded the values.
//
// Memory is bounded: at most window values are dispatched but not yet
// emitted (running, or finished and waiting in the reorder buffer for a
// slower predecessor). When the window is full, next is not called until
// the oldest result has been emitted. next and emit run on their own
// goroutines (next on one producer goroutine, emit on the caller's), so
// neither needs to be safe for concurrent use; fn must be.
//
// If emit returns false, orderedMap stops calling next and returns at once;
// calls still running finish in the background and their results are
// dropped (the results channel has room for all of them, so no goroutine
// blocks on it).
func orderedMap[In, Out any](n, window int, next func() (In, bool), fn func(In) Out, emit func(Out) bool) {
	if n < 1 {
		n = 1
	}
	if window < n {
		window = n
	}
	type job struct {
		seq int
		in  In
	}
	type res struct {
		seq int
		out Out
	}
	slots := make(chan struct{}, window) // one token per dispatched, unemitted value
	stop := make(chan struct{})
	jobs := make(chan job)
	results := make(chan res, window) // never blocks: at most window results exist
	go func() {
		defer close(jobs)
		for seq := 0; ; seq++ {
			select {
			case slots <- struct{}{}:
			case <-stop:
				return
			}
			in, ok := next()
			if !ok {
				return
			}
			select {
			case jobs <- job{seq, in}:
			case <-stop:
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- res{j.seq, fn(j.in)}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	pending := make(map[int]Out, window)
	want := 0
	for r := range results {
		pending[r.seq] = r.out
		for {
			out, ok := pending[want]
			if !ok {
				break
			}
			delete(pending, want)
			want++
			if !emit(out) {
				close(stop)
				return
			}
			<-slots
		}
	}
}
