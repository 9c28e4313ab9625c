package importer

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"pismreader/content"
)

// xmlEncoding finds the encoding an XML declaration names.
var xmlEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']`)

// convertFeed converts every item of an RSS or Atom feed to a brief.
func convertFeed(name string, data []byte, opt Options) ([]*content.Brief, error) {
	if !utf8.Valid(data) {
		// gofeed decodes a declared charset itself; without one the
		// bytes must be UTF-8.
		m := xmlEncoding.FindSubmatch(data)
		if m == nil || strings.EqualFold(string(m[1]), "utf-8") {
			return nil, &Error{Name: name, Kind: ErrEncoding, Line: badUTF8Line(data)}
		}
	}
	feed, err := parseFeed(data)
	if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		return nil, newError(name, ErrUnknownFormat, err.Error())
	}
	if err != nil {
		e := newError(name, ErrBadXML, err.Error())
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			e.Line = se.Line
		}
		return nil, e
	}
	today := opt.today()
	feedDate := today
	if t := firstTime(feed.PublishedParsed, feed.UpdatedParsed); t != nil {
		feedDate = *t
	}
	feedAuthors := names(feed.Authors)
	if len(feedAuthors) == 0 {
		feedAuthors = cleanAll([]string{firstNonEmpty(feed.Title, hostOf(feed.Link), hostOf(name))})
	}
	var briefs []*content.Brief
	for i, it := range feed.Items {
		if it == nil {
			continue
		}
		b := &content.Brief{
			Title:   clean(it.Title),
			Series:  firstNonEmpty(seriesOf(feed.Title), content.SeriesOther),
			Source:  resolveURL(it.Link, feed.Link),
			Authors: names(it.Authors),
			Date:    feedDate,
			Tags:    it.Categories,
		}
		if len(b.Authors) == 0 {
			b.Authors = feedAuthors
		}
		if t := firstTime(it.PublishedParsed, it.UpdatedParsed); t != nil {
			b.Date = *t
		}
		if it.Content != "" {
			b.Body = fragmentBlocks(it.Content)
		}
		if !hasText(b.Body) {
			b.Body = fragmentBlocks(it.Description)
			if b.Source != "" {
				b.Body = append(b.Body, content.Block{Kind: content.Paragraph, Text: b.Source})
			}
		}
		if b.Title == "" {
			b.Title = firstWords(bodyText(b.Body, 400), 12)
		}
		if b.Title == "" {
			continue // an item with neither title nor text is no brief
		}
		if len(b.Body) == 0 {
			b.Body = []content.Block{{Kind: content.Paragraph, Text: b.Title}}
		}
		b.Number, _ = findNumber(b.Title)
		if b.Number != "" && b.Series == content.SeriesOther {
			b.Number = "" // a number means something only within a series
		}
		b.Lang = langOf(feed.Language, b.Title+" "+bodyText(b.Body, 4000))
		out, err := finish(fmt.Sprintf("%s item %d", name, i+1), b, ErrBadXML, today)
		if err != nil {
			return nil, err
		}
		briefs = append(briefs, out)
	}
	if len(briefs) == 0 {
		return nil, newError(name, ErrNoItems, "")
	}
	return briefs, nil
}

// parseFeed runs gofeed, turning a panic on hostile input into an error.
func parseFeed(data []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			feed, err = nil, fmt.Errorf("feed parser: %v", r)
		}
	}()
	feed, err = gofeed.NewParser().Parse(bytes.NewReader(data))
	if err == nil && feed == nil {
		err = errors.New("no feed")
	}
	return feed, err
}

// fragmentBlocks converts the HTML of a feed item, or its plain text.
func fragmentBlocks(s string) []content.Block {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return []content.Block{{Kind: content.Paragraph, Text: clean(s)}}
	}
	root := &html.Node{Type: html.DocumentNode}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	var blocks []content.Block
	for _, bl := range htmlBlocks(root) {
		if !furniturePhrases[strings.ToLower(bl.Words())] {
			blocks = append(blocks, bl)
		}
	}
	return normaliseHeadings(blocks)
}

func names(ps []*gofeed.Person) []string {
	var out []string
	for _, p := range ps {
		if p != nil {
			if n := clean(firstNonEmpty(p.Name, p.Email)); n != "" {
				out = append(out, n)
			}
		}
	}
	return out
}

func firstTime(ts ...*time.Time) *time.Time {
	for _, t := range ts {
		if t != nil && !t.IsZero() {
			return t
		}
	}
	return nil
}
