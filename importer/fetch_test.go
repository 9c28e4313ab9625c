package importer

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"pismreader/content"
)

// page is a small article served by the test server.
const page = `<html><head><title>Served Page</title></head><body><article><p>` + longText + `</p></article></body></html>`

func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		if r.UserAgent() != UserAgent {
			http.Error(w, "bad user agent "+r.UserAgent(), http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	})
	mux.HandleFunc("/latin2", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-2")
		w.Write([]byte("<html><head><title>Za\xbf\xf3\xb3\xe6</title></head><body><p>" + longText + "</p></body></html>"))
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/hop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/ok", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/large", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("word ", 1000)))
	})
	mux.HandleFunc("/large-declared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "5000")
		w.Write([]byte(strings.Repeat("word ", 1000)))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.org/x", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// refusedURL returns a loopback URL on which nothing listens.
func refusedURL(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return "http://" + addr + "/"
}

func TestFetch(t *testing.T) {
	srv := newServer(t)
	tests := []struct {
		name, url string
		opt       Options
		kind      error
		detail    string
	}{
		{"ok", srv.URL + "/ok", Options{}, nil, ""},
		{"redirect", srv.URL + "/hop", Options{}, nil, ""},
		{"not found", srv.URL + "/missing", Options{}, ErrHTTPStatus, "404"},
		{"redirect loop", srv.URL + "/loop", Options{}, ErrTooManyRedirects, ""},
		{"too large", srv.URL + "/large", Options{MaxBytes: 100}, ErrTooLarge, ""},
		{"too large declared", srv.URL + "/large-declared", Options{MaxBytes: 100}, ErrTooLarge, "5000"},
		{"slow", srv.URL + "/slow", Options{Client: &http.Client{Timeout: 100 * time.Millisecond}}, ErrUnreachable, "timed out"},
		{"refused", refusedURL(t), Options{}, ErrUnreachable, ""},
		{"redirect to ftp", srv.URL + "/ftp", Options{}, ErrScheme, ""},
		{"file scheme", "file:///etc/passwd", Options{}, ErrScheme, ""},
		{"no scheme", "pism.pl/publications", Options{}, ErrScheme, ""},
		{"javascript", "javascript:alert(1)", Options{}, ErrScheme, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, err := Fetch(context.Background(), tt.url, tt.opt)
			if tt.kind == nil {
				if err != nil || string(body) != page {
					t.Fatalf("Fetch = %q, %v", body, err)
				}
				return
			}
			if body != nil {
				t.Error("body returned with an error")
			}
			e := wantKind(t, err, tt.kind)
			if e.Name != tt.url || !strings.Contains(e.Detail, tt.detail) {
				t.Errorf("error %v: want name %q and detail with %q", err, tt.url, tt.detail)
			}
		})
	}
}

func TestFetchCancelled(t *testing.T) {
	srv := newServer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := Fetch(ctx, srv.URL+"/slow", Options{})
	wantKind(t, err, ErrUnreachable)
	if time.Since(start) > 3*time.Second {
		t.Error("cancelling the context did not stop the download")
	}
}

func TestURL(t *testing.T) {
	srv := newServer(t)
	briefs, err := URL(context.Background(), srv.URL+"/ok", Options{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	b := briefs[0]
	if b.Title != "Served Page" || b.Source != srv.URL+"/ok" || b.Authors[0] != "127.0.0.1" || b.Series != content.SeriesOther {
		t.Errorf("brief = %+v", b)
	}
	briefs, err = URL(context.Background(), srv.URL+"/latin2", Options{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	if briefs[0].Title != "Zażółć" {
		t.Errorf("title with the charset of the Content-Type = %q", briefs[0].Title)
	}
	if _, err := URL(context.Background(), srv.URL+"/missing", Options{}); err == nil {
		t.Error("no error for a 404")
	}
}
