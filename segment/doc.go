// Package segment is gongwen's Chinese language layer: word segmentation
// with a government-domain dictionary, keyword extraction by TF-IDF and by
// TextRank, traditional text, and canonical names of responsible units.
//
// # Data flow
//
// Text → ToSimplified (character for character, so every rune keeps its
// position) → runs of Han characters, each cut on its own by the cheapest
// path through the dictionary (cost −log2 p(word), the algorithm of gse's
// Cut), with domain terms that contain other characters (双随机、一公开,
// 互联网+政务服务) matched as written → Tokens carrying the text as written
// (the document's own script), byte offsets into the input and the
// simplified form → keyword candidates (two or more characters, not a stop
// word, unit name, numeral, place or person name, adverb …) → TF-IDF
// (Keywords) or TextRank ranking → []model.Keyword.
//
// # The dictionary
//
// The word frequencies, parts of speech and IDF values are gse's
// (github.com/go-ego/gse, data/dict/zh/s_1.txt and idf.txt, the jieba
// lineage), merged at build time with data/terms.txt (about 550 domain
// terms: 政务公开, 放管服, 不见面审批, 一网通办 … read off the seed notices
// and from field knowledge of 政务公开 and 放管服 policy language),
// data/stop.txt (boilerplate verbs and adverbs of official prose: 推进,
// 加强, 做好, 及时, 进一步, 认真 …) and the unit names of data/units.txt.
// `go generate` (internal/gen) compiles them into data/dict.bin.gz: a trie
// of the 500,000 words and prefixes over runes (package internal/dict), the
// first character indexing an array and the children of each key in a
// small hash table of their own, so that cutting walks a few hot cache
// lines per character and loading is one gunzip and a decode (9 MB of
// heap; BenchmarkLoad) instead of gse's 1.3–1.8 s and 135 MB. The package does not import
// gse at run time (its tests and benchmarks do, for comparison), so
// binaries do not carry gse's 32 MB of embedded dictionaries.
//
// The dictionary is loaded lazily, once per process, by the first Cut,
// Tokens, Keywords or TextRank call, and is read-only afterwards: a
// Segmenter is safe for concurrent use. Loads reports whether it was
// loaded; Canonical, IsGeneric, UnitName, ToSimplified and Workload never load it.
//
// # Keywords
//
// Keywords weighs a term by its share of the words times its IDF, giving
// words missing from the IDF table (most domain terms) the table's median
// instead of gse's 0. TextRank runs PageRank over candidate co-occurrence
// within a window of five, on the same tokens, so domain terms take part
// (gse's TextRank ignores user words and ranks single characters).
// DocumentKeywords gives a document's keywords and those of its parts (a
// plan's tasks, KeywordsEach) in one call that cuts the document's text
// once, however often the parts repeat it: a per-document cache
// (docCache, pooled between documents) gives every keyword candidate a
// document-wide id, found for a word of the dictionary by its slot in the
// trie (wordids.go: one probe of a small table of integers as the run is
// cut, without hashing the word or testing it again), and keeps the runs
// of Han characters cut after the document's text with their words, so a
// run seen again is counted without a cut. (The document's own runs are
// not looked up: a fifth of them recur, and cutting those again costs
// less than hashing every run.) It also keeps the document's words in
// order (pieces.go), recorded as the text is cut and counted from that
// record (a text found not plain drops what was recorded of it and is
// recorded again as it is folded and cut): a part's text given as a
// Piece with its offset in the document's text (the parser knows where
// task titles and items lie), whose bytes are the document's there and
// whose ends cut no run, is counted from those words, without being
// scanned at all; a piece with no offset or a wrong one is cut afresh.
// Nearly all text is cut as written, in one pass (plaincut.go) that reads
// each rune once: it gathers and cuts the runs of Han characters, matches
// the mixed terms and makes sure the text holds no pinyin gloss and
// nothing folding would change (the characters that can fold, a set built
// at load from script.Preimages, send their stretch of Han characters to
// ToSimplified); a text that does is stripped, folded and cut afresh
// (traditional text without glosses whose fold keeps every character's
// byte length, nearly all of it, in one pass over its fold that maps
// offsets one to one).
//
// # Traditional text
//
// Traditional text is read through package segment/script (ToSimplified,
// IsTraditional, SimplifiedRune here forward to it): a character table with
// a few same-length phrase overrides (回覆 → 回复, 著力 → 着力) generated from
// OpenCC's dictionary (Apache-2.0), kept apart from the word dictionary so
// that programs using only the character fold do not embed the dictionary. Measured on seed 003 (see
// BenchmarkTraditional): 15.6 % of its words are single characters this
// way, against 59.8 % with gse's traditional dictionary and 80.3 % with the
// simplified one on the raw text; the conversion agrees with OpenCC's Go
// port on every character but one (著力, which OpenCC gets wrong), runs
// about 8× faster and keeps offsets exact. Keyword terms come out as
// written in the input.
//
// # Units
//
// Canonical maps the names of responsible units to one canonical,
// simplified name from the alias table data/units.txt (市人社局, 人社局,
// 人力资源社会保障局 → 人力资源和社会保障局; 衛計委 → 卫生和计划生育委员会),
// IsGeneric recognises collective units (各有关部门, 市各有关部门,
// 各地各部门), UnitName gives both from one normalisation of the name,
// and Workload tallies the tasks each unit leads, cooperates
// on, takes part in or is responsible for.
package segment
