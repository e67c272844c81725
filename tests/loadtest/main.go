// Command loadtest serves the app on 127.0.0.1 and sends it a bounded
// burst of traffic from many concurrent clients: pages, assets and, now and
// then, app.wasm. It prints requests per second, latency percentiles and
// errors, and exits non-zero on any error. `make loadtest` runs it.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"slices"
	"sync"
	"time"

	"beyondbudapest/app/server"
	"beyondbudapest/app/ui"
)

func main() {
	clients := flag.Int("clients", 200, "concurrent clients")
	duration := flag.Duration("duration", 10*time.Second, "how long to send requests")
	wasmPath := flag.String("wasm", "build/web/app.wasm", "compiled browser app")
	flag.Parse()
	if err := run(*clients, *duration, *wasmPath); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

// paths is the mix a class opening the app produces: mostly pages and small
// files, the wasm only for the few without it cached.
var paths = []string{
	"/", "/learn", "/quiz", "/results", "/timeline", "/terms", "/people", "/sources",
	"/web/app.css", "/web/boot.js", "/app.js", "/wasm_exec.js", "/app-worker.js",
	"/manifest.webmanifest", "/web/icon-192.png", "/web/icon.svg", "/app.css",
	"/", "/quiz", "/learn", "/web/app.wasm",
}

func run(clients int, duration time.Duration, wasmPath string) error {
	ui.Register()
	cfg, err := server.LoadConfig(wasmPath)
	if err != nil {
		return err
	}
	h, err := server.New(cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0") // loopback only
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	base := "http://" + ln.Addr().String()

	// Clients ask for brotli, as browsers do.
	transport := &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients, DisableCompression: true}
	client := &http.Client{Transport: transport, Timeout: 30 * time.Second}
	ctx, cancel := context.WithTimeout(context.Background(), duration)
	defer cancel()

	var (
		mu        sync.Mutex
		latencies []time.Duration
		errs      = map[string]int{}
		bytes     int64
		wg        sync.WaitGroup
	)
	start := time.Now()
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for i := c; ctx.Err() == nil; i++ {
				path := paths[i%len(paths)]
				t0 := time.Now()
				n, err := fetch(client, base+path)
				d := time.Since(t0)
				if ctx.Err() != nil && err != nil {
					return // the deadline cut this request short: not a server error
				}
				mu.Lock()
				latencies = append(latencies, d)
				bytes += n
				if err != nil {
					errs[err.Error()]++
				}
				mu.Unlock()
			}
		}(c)
	}
	wg.Wait()
	elapsed := time.Since(start)

	slices.Sort(latencies)
	pct := func(p float64) time.Duration {
		if len(latencies) == 0 {
			return 0
		}
		return latencies[min(len(latencies)-1, int(p*float64(len(latencies))))]
	}
	total := 0
	for _, n := range errs {
		total += n
	}
	fmt.Printf("loadtest: %d clients for %v against %s\n", clients, duration, base)
	fmt.Printf("requests %d, %.0f req/s, %.1f MB/s\n", len(latencies), float64(len(latencies))/elapsed.Seconds(), float64(bytes)/1e6/elapsed.Seconds())
	fmt.Printf("latency p50 %v, p90 %v, p99 %v, max %v\n", pct(0.50).Round(time.Microsecond), pct(0.90).Round(time.Microsecond), pct(0.99).Round(time.Microsecond), pct(1).Round(time.Microsecond))
	fmt.Printf("errors %d\n", total)
	for e, n := range errs {
		fmt.Printf("  %d × %s\n", n, e)
	}
	if total > 0 {
		return fmt.Errorf("%d requests failed", total)
	}
	return nil
}

func fetch(c *http.Client, url string) (int64, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Accept-Encoding", "br, gzip")
	resp, err := c.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	n, err := io.Copy(io.Discard, resp.Body)
	if err != nil {
		return n, err
	}
	if resp.StatusCode != http.StatusOK {
		return n, fmt.Errorf("%s: status %d", url[len("http://"):], resp.StatusCode)
	}
	return n, nil
}
