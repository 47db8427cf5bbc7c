package fetch

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/padlint/padlint/internal/etherpadtest"
)

// BenchmarkServer500 fetches 500 pads of a real Etherpad through its API,
// in rounds that each time the three ways in turn: one pad at a time,
// PerHost at a time (what padlint does), and again asking only whether
// each pad changed (getLastEdited), as a fetcher that keeps what it read
// does. It reports the medians of the rounds and their ratios: on this
// machine's loopback, and through a proxy that adds a network's round trip.
func BenchmarkServer500(b *testing.B) {
	srv := etherpadtest.Shared(b)
	pads := benchPads(b, srv, 500)
	b.Run("loopback", func(b *testing.B) { benchFetch(b, srv, pads) })
	b.Run("rtt-10ms", func(b *testing.B) {
		far := "http://" + delayed(b, strings.TrimPrefix(srv.URL, "http://"), 5*time.Millisecond)
		moved := make([]Pad, len(pads))
		for i, p := range pads {
			moved[i] = Pad{Kind: p.Kind, Server: far, Name: p.Name}
		}
		benchFetch(b, srv, moved)
	})
}

func benchFetch(b *testing.B, srv *etherpadtest.Server, pads []Pad) {
	client := New("padlint-bench", 30*time.Second).WithCredentials(Credentials{Origin: pads[0].Server, APIKey: srv.APIKey})
	ctx := context.Background()
	first := func(p Pad) error { _, err := client.Text(ctx, p); return err }
	again := func(p Pad) error { _, err := client.Edited(ctx, p); return err }
	var serial, concurrent, unchanged []time.Duration
	for b.Loop() {
		serial = append(serial, timed(b, pads, 1, first))
		concurrent = append(concurrent, timed(b, pads, PerHost, first))
		unchanged = append(unchanged, timed(b, pads, PerHost, again))
	}
	s, c, u := median(serial), median(concurrent), median(unchanged)
	b.ReportMetric(float64(s.Milliseconds()), "serial-ms")
	b.ReportMetric(float64(c.Milliseconds()), "concurrent-ms")
	b.ReportMetric(float64(u.Milliseconds()), "unchanged-ms")
	b.ReportMetric(float64(s)/float64(c), "speedup")
	b.ReportMetric(100*float64(u)/float64(c), "unchanged-%")
}

// delayed starts a proxy to addr that holds every chunk of data for oneWay
// before passing it on, as the network to a distant server does, and
// returns its address.
func delayed(b *testing.B, addr string, oneWay time.Duration) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { l.Close() })
	go func() {
		for {
			near, err := l.Accept()
			if err != nil {
				return
			}
			far, err := net.Dial("tcp", addr)
			if err != nil {
				near.Close()
				continue
			}
			go late(far, near, oneWay)
			go late(near, far, oneWay)
		}
	}()
	return l.Addr().String()
}

// late copies src to dst, each chunk oneWay after it was read.
func late(dst, src net.Conn, oneWay time.Duration) {
	type chunk struct {
		due  time.Time
		data []byte
	}
	chunks := make(chan chunk, 1024)
	go func() {
		defer close(chunks)
		for {
			buf := make([]byte, 32<<10)
			n, err := src.Read(buf)
			if n > 0 {
				chunks <- chunk{time.Now().Add(oneWay), buf[:n]}
			}
			if err != nil {
				return
			}
		}
	}()
	for c := range chunks {
		time.Sleep(time.Until(c.due))
		if _, err := dst.Write(c.data); err != nil {
			break
		}
	}
	dst.Close()
}

// benchPads puts n pads on srv, the example pads over and over.
func benchPads(b *testing.B, srv *etherpadtest.Server, n int) []Pad {
	files, _ := filepath.Glob("../testdata/pads/*.txt")
	if len(files) == 0 {
		b.Fatal("no example pads")
	}
	pads := make([]Pad, n)
	for i := range pads {
		text, err := os.ReadFile(files[i%len(files)])
		if err != nil {
			b.Fatal(err)
		}
		name := fmt.Sprintf("bench-%03d", i)
		srv.CreatePad(b, name, string(text))
		pads[i], _ = ParseURL(srv.PadURL(name))
	}
	return pads
}

// timed runs do on every pad, workers at a time, and returns how long it
// took.
func timed(b *testing.B, pads []Pad, workers int, do func(Pad) error) time.Duration {
	start := time.Now()
	next := make(chan Pad)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for p := range next {
				if err := do(p); err != nil {
					b.Error(err)
				}
			}
		})
	}
	for _, p := range pads {
		next <- p
	}
	close(next)
	wg.Wait()
	return time.Since(start)
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}
