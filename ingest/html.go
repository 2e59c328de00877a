package ingest

import (
	"bytes"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/diplograph/diplograph"
)

// ReadHTML reads one article from an HTML page, in UTF-8 or in the
// encoding its <meta charset> declares. The text is the main text
// of the page: the largest <article>, else <main>, else the block with the
// most paragraph text, without navigation, headers, footers, asides,
// scripts, styles and figure captions. The title comes from the first
// <h1>, else <title>; the URL from <link rel=canonical>, else og:url; the
// published date from meta article:published_time, else the first
// <time datetime>. The title is the first line of Text, so that the
// extractor reads it as the headline.
func ReadHTML(r io.Reader, file string, opt ReadOptions) (diplograph.Article, error) {
	b, err := readAll(r, file, 4*opt.maxBytes())
	if err != nil {
		return diplograph.Article{}, err
	}
	if !utf8.Valid(b) {
		// A page in another encoding (windows-1251 is common in Russian
		// archives): decode it as its meta charset or the content says.
		if enc, name, _ := charset.DetermineEncoding(b, "text/html"); name != "utf-8" {
			if d, err := enc.NewDecoder().Bytes(b); err == nil {
				b = d
			}
		}
	}
	if _, err := checkText(string(b), file, 0); err != nil {
		return diplograph.Article{}, err
	}
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return diplograph.Article{}, fileError("ingest.ReadHTML", file, 0, "cannot parse HTML", err)
	}
	p := extractPage(doc)
	text := p.text
	if p.title != "" && !strings.HasPrefix(text, p.title) {
		text = p.title + "\n\n" + text
	}
	if len(text) > opt.maxBytes() {
		return diplograph.Article{}, &diplograph.Error{Op: "ingest.ReadHTML", Code: diplograph.EINVALID, File: file, Message: "article text too large"}
	}
	text, err = checkText(text, file, 0)
	if err != nil {
		return diplograph.Article{}, err
	}
	a := diplograph.Article{Text: text, Title: p.title, URL: p.url, File: file, Source: opt.Source, Published: opt.Published}
	if p.published != "" {
		a.Published = p.published
	}
	if p.lang != "" {
		switch l := strings.ToLower(p.lang); {
		case strings.HasPrefix(l, "ru"):
			a.Language = diplograph.LangRussian
		case strings.HasPrefix(l, "kk"), strings.HasPrefix(l, "kz"):
			a.Language = diplograph.LangKazakh
		case strings.HasPrefix(l, "en"):
			a.Language = diplograph.LangEnglish
		}
	}
	return a, nil
}

// page is what extractPage finds in a document.
type page struct {
	title, url, published, lang, text string
}

// dropped elements never contribute text.
var dropped = map[atom.Atom]bool{
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Script: true,
	atom.Style: true, atom.Figcaption: true, atom.Noscript: true, atom.Form: true, atom.Button: true,
	atom.Iframe: true, atom.Svg: true, atom.Template: true, atom.Select: true, atom.Head: true,
}

// blocks end a line of text.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Tr: true, atom.Section: true,
	atom.Article: true, atom.Main: true, atom.Blockquote: true, atom.Ul: true, atom.Ol: true,
	atom.Table: true, atom.Pre: true, atom.Dd: true, atom.Dt: true, atom.Figure: true, atom.Hr: true,
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

func extractPage(doc *html.Node) page {
	var p page
	var title, h1 string
	var articles, mains []*html.Node
	var timeDate string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				p.lang = attr(n, "lang")
			case atom.Title:
				if title == "" {
					title = collapse(textOf(n, false))
				}
			case atom.H1:
				if h1 == "" && !insideDropped(n) {
					h1 = collapse(textOf(n, false))
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && p.url == "" {
					p.url = attr(n, "href")
				}
			case atom.Meta:
				prop := strings.ToLower(attr(n, "property"))
				if prop == "" {
					prop = strings.ToLower(attr(n, "name"))
				}
				switch prop {
				case "og:url":
					if p.url == "" {
						p.url = attr(n, "content")
					}
				case "article:published_time", "datepublished", "pubdate":
					if p.published == "" {
						p.published = normaliseDate(attr(n, "content"))
					}
				}
			case atom.Time:
				if timeDate == "" {
					timeDate = normaliseDate(attr(n, "datetime"))
				}
			case atom.Article:
				articles = append(articles, n)
			case atom.Main:
				mains = append(mains, n)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if p.published == "" {
		p.published = timeDate
	}
	p.title = h1
	if p.title == "" {
		p.title = title
	}
	var root *html.Node
	switch {
	case len(articles) > 0:
		root = largest(articles)
	case len(mains) > 0:
		root = largest(mains)
	default:
		root = densest(doc)
	}
	if root != nil {
		p.text = textOf(root, true)
	}
	return p
}

func insideDropped(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && dropped[a.DataAtom] && a.DataAtom != atom.Header {
			return true
		}
	}
	return false
}

func largest(ns []*html.Node) *html.Node {
	var best *html.Node
	bestLen := -1
	for _, n := range ns {
		if l := len(textOf(n, true)); l > bestLen {
			best, bestLen = n, l
		}
	}
	return best
}

// densest returns the element whose paragraphs hold the most text: each
// <p> scores its text length minus its link text for its parent, and half
// of it for the grandparent; text written straight into an element scores
// for the element.
func densest(doc *html.Node) *html.Node {
	score := map[*html.Node]int{}
	var body *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if dropped[n.DataAtom] {
				return
			}
			if n.DataAtom == atom.Body {
				body = n
			}
			// Text written straight into a block, lines split by <br>,
			// counts for the block itself.
			if d := directText(n); d > 0 && n.DataAtom != atom.P {
				score[n] += d
			}
			if n.DataAtom == atom.P || n.DataAtom == atom.Pre || n.DataAtom == atom.Blockquote {
				s := len(collapse(textOf(n, false))) - linkText(n)
				if s > 0 && n.Parent != nil {
					score[n.Parent] += s
					if g := n.Parent.Parent; g != nil {
						score[g] += s / 2
					}
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	var best *html.Node
	bestScore := 0
	for n, s := range score {
		if s > bestScore || (s == bestScore && best != nil && before(n, best)) {
			best, bestScore = n, s
		}
	}
	if best == nil {
		return body
	}
	return best
}

// before reports whether a comes before b in document order (used only to
// break ties deterministically).
func before(a, b *html.Node) bool {
	found := false
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if n == a {
			found = true
			return true
		}
		if n == b {
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	root := a
	for root.Parent != nil {
		root = root.Parent
	}
	walk(root)
	return found
}

// directText is the length of the text nodes that are children of n.
func directText(n *html.Node) int {
	l := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			l += len(collapse(c.Data))
		}
	}
	return l
}

func linkText(n *html.Node) int {
	l := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			l += len(collapse(textOf(n, false)))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return l
}

// textOf returns the text under n. With lines, block elements end lines
// and dropped elements are skipped; lines are trimmed and blank ones
// removed.
func textOf(n *html.Node, lines bool) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			if lines && dropped[n.DataAtom] {
				return
			}
			if n.DataAtom == atom.Script || n.DataAtom == atom.Style {
				return
			}
		}
		blk := lines && n.Type == html.ElementNode && blocks[n.DataAtom]
		if blk {
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if blk {
			b.WriteByte('\n')
		}
	}
	walk(n)
	if !lines {
		return b.String()
	}
	var out []string
	for _, l := range strings.Split(b.String(), "\n") {
		if l = collapse(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// collapse trims s and collapses runs of white space (including
// non-breaking spaces) to one space.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' || r == '\f' || r == '\v'
	}), " ")
}
