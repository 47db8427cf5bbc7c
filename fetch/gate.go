package fetch

import (
	"context"
	"time"

	"golang.org/x/time/rate"
)

// pace is how fast public exports may be asked of one server: burst at
// once, then one every each.
type pace struct {
	burst int
	each  time.Duration
}

// etherpadPace keeps under Etherpad's default export limit, 10 requests in
// any 90 s: 5 at once, then one every 18 s, is at most 5 + 90/18 = 10 in
// any 90 s.
var etherpadPace = pace{burst: 5, each: 18 * time.Second}

// ExportEvery is how often a watch of one pad may read its public
// export: at most 10 readings in any 90 s, Etherpad's default limit.
const ExportEvery = 10 * time.Second

// PaceOne paces the client for one pad read again and again: one public
// export every ExportEvery, retries included, rather than a burst for
// many pads. Call it before the first request.
func (c *Client) PaceOne() {
	c.pace = pace{burst: 1, each: ExportEvery}
}

// gate lets requests through to one server: PerHost at a time, and its
// public exports at the client's pace.
type gate struct {
	slots   chan struct{}
	exports *rate.Limiter
}

// gate returns the gate of host.
func (c *Client) gate(host string) *gate {
	c.mu.Lock()
	defer c.mu.Unlock()
	g := c.gates[host]
	if g == nil {
		g = &gate{
			slots:   make(chan struct{}, PerHost),
			exports: rate.NewLimiter(rate.Every(c.pace.each), c.pace.burst),
		}
		c.gates[host] = g
	}
	return g
}

// enter waits for a request's turn, export or not, and returns what to
// call once its answer is read.
func (g *gate) enter(ctx context.Context, export bool) (leave func(), err error) {
	if export {
		if err := g.exports.Wait(ctx); err != nil {
			return nil, err
		}
	}
	select {
	case g.slots <- struct{}{}:
		return func() { <-g.slots }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
