package ingest

import (
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
)

// Shard selects one of Count disjoint parts of a corpus (Index from 0 to
// Count-1), so that several ingest processes can share it: each reads
// every input and takes only the articles of its part. An article's part
// is a function of its id (ShardOf), not of the file or line it was read
// from, so that workers given the same article in different places agree
// on whose it is; a bad input, which has no id, belongs to the part of its
// place in the input. The zero Shard (or Count 1) takes everything.
type Shard struct {
	Index, Count int
}

// ParseShard reads "i/n" (0 <= i < n), as the --shard flag takes it.
func ParseShard(s string) (Shard, error) {
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(strings.TrimSpace(a))
	n, err2 := strconv.Atoi(strings.TrimSpace(b))
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 0 || i >= n {
		return Shard{}, fmt.Errorf("shard %q: want i/n with 0 <= i < n, such as 0/4", s)
	}
	return Shard{Index: i, Count: n}, nil
}

// String returns the shard as "i/n".
func (s Shard) String() string { return fmt.Sprintf("%d/%d", s.Index, max(s.Count, 1)) }

// all says whether the shard takes every article.
func (s Shard) all() bool { return s.Count <= 1 }

// ShardOf returns the part (0 to n-1) that the article id belongs to
// among n: FNV-1a of the id, modulo n.
func ShardOf(id string, n int) int {
	if n <= 1 {
		return 0
	}
	h := fnv.New64a()
	h.Write([]byte(id))
	return int(h.Sum64() % uint64(n))
}

// takes says whether the shard takes the article id; seq, the item's
// place in the input, places a bad input (id "").
func (s Shard) takes(id string, seq int) bool {
	if s.all() {
		return true
	}
	if id == "" {
		return seq%s.Count == s.Index
	}
	return ShardOf(id, s.Count) == s.Index
}
