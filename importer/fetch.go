package importer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"pismreader/content"
)

// Limits of a download.
const (
	fetchTimeout = 15 * time.Second
	maxRedirects = 5
	// UserAgent names the app to the servers it downloads from.
	UserAgent = "PISMReader/1.0 (+https://github.com/pismreader)"
)

// errRedirects stops the client at the redirect limit; Fetch reports it as
// ErrTooManyRedirects.
var errRedirects = errors.New("stopped after too many redirects")

// IsURL reports whether arg looks like a URL, with a scheme followed by
// "://", rather than a path. A Windows path such as C:\x has no "//".
func IsURL(arg string) bool {
	i := strings.Index(arg, "://")
	if i <= 0 {
		return false
	}
	for j, c := range arg[:i] {
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !letter && (j == 0 || !(c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return false
		}
	}
	return true
}

// Fetch downloads rawURL and returns the body. Only http and https are
// fetched; the download gives up after 15 seconds (or the timeout of
// Options.Client), more than 5 redirects or more than Options.MaxBytes.
func Fetch(ctx context.Context, rawURL string, opt Options) ([]byte, error) {
	body, _, err := fetch(ctx, rawURL, opt)
	return body, err
}

// URL downloads rawURL and converts it as Bytes does. Briefs that name no
// source get rawURL as their source.
func URL(ctx context.Context, rawURL string, opt Options) ([]*content.Brief, error) {
	body, ctype, err := fetch(ctx, rawURL, opt)
	if err != nil {
		return nil, err
	}
	briefs, err := convert(rawURL, body, ctype, opt)
	if err != nil {
		return nil, err
	}
	if validURL(rawURL) {
		for _, b := range briefs {
			if b.Source == "" {
				b.Source = rawURL
			}
		}
	}
	return briefs, nil
}

// validURL reports whether s is an absolute http or https URL with a host,
// the sources content.Parse accepts.
func validURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

func fetch(ctx context.Context, rawURL string, opt Options) (body []byte, contentType string, err error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, "", newError(rawURL, ErrScheme, err.Error())
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return nil, "", newError(rawURL, ErrScheme, fmt.Sprintf("scheme %q", u.Scheme))
	}
	client := &http.Client{Timeout: fetchTimeout}
	if opt.Client != nil {
		c := *opt.Client // a copy, so that the caller's client is left as it is
		if c.Timeout == 0 {
			c.Timeout = fetchTimeout // a download must never hang the app
		}
		client = &c
	}
	if client.CheckRedirect == nil {
		client.CheckRedirect = func(req *http.Request, via []*http.Request) error {
			if len(via) > maxRedirects {
				return errRedirects
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to %s: %w", req.URL.Scheme, errScheme)
			}
			return nil
		}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, "", newError(rawURL, ErrScheme, err.Error())
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/*;q=0.8")
	resp, err := client.Do(req)
	if err != nil {
		switch {
		case errors.Is(err, errRedirects):
			return nil, "", newError(rawURL, ErrTooManyRedirects, fmt.Sprintf("more than %d", maxRedirects))
		case errors.Is(err, errScheme):
			return nil, "", newError(rawURL, ErrScheme, err.Error())
		}
		return nil, "", wrapError(rawURL, ErrUnreachable, unreachable(err))
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, "", newError(rawURL, ErrHTTPStatus, resp.Status)
	}
	max := opt.maxBytes()
	if resp.ContentLength > max {
		return nil, "", newError(rawURL, ErrTooLarge, sizeDetail(resp.ContentLength, max))
	}
	body, err = io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return nil, "", wrapError(rawURL, ErrUnreachable, unreachable(err))
	}
	if int64(len(body)) > max {
		return nil, "", newError(rawURL, ErrTooLarge, sizeDetail(int64(len(body)), max))
	}
	return body, resp.Header.Get("Content-Type"), nil
}

// errScheme marks a redirect to a scheme other than http and https.
var errScheme = errors.New("not http or https")

// unreachable says in plain words why a connection failed, keeping err.
func unreachable(err error) error {
	var ne net.Error
	var dns *net.DNSError
	switch {
	case errors.As(err, &dns):
		return fmt.Errorf("host not found: %w", err)
	case errors.Is(err, context.Canceled):
		return fmt.Errorf("cancelled: %w", err)
	case errors.As(err, &ne) && ne.Timeout(), errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("timed out: %w", err)
	}
	return err
}
