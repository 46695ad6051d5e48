//! Fails when modules of the library import each other in a cycle (`a` uses `b`, which uses
//! `a`, directly or through others): a cycle means neither can be understood, tested or moved
//! without the other. Reads `src/**/*.rs` as text, with nothing beyond std.
//!
//! What counts as an edge from module `m` to module `n`:
//! - a `use` of something in `n` (`crate::…`, `super::…`, `self::…`, or a child module's name),
//!   and a path to it in code (`crate::n::f()`, `super::X`, `child::f()`, or through a name
//!   brought in by a `use`);
//! - a reference to an ancestor's own items (`super::Thing` defined in the parent).
//!
//! What does not: comments and string literals; `mod n;` and `pub use n::X` (a facade that
//! declares and re-exports). A path through a re-export is followed to the module that defines
//! the item: `crate::mail::Outbox` is an edge to `mail::queue`, not to the `mail` facade.
//! Inline modules (`#[cfg(test)] mod tests { … }`) are modules of their own that nothing
//! depends on, so their `use super::*` cannot close a cycle.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

type ModPath = Vec<String>;

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    PathSep,
    Punct(char),
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    line: usize,
}

/// Where an edge comes from, for the failure message.
#[derive(Debug, Clone)]
struct Evidence {
    file: String,
    line: usize,
    path: String,
}

/// How a module refers to a path.
#[derive(Debug, Clone)]
enum Kind {
    /// A `use` leaf: `pub use` or not, and the name it binds (none for a glob).
    Use {
        public: bool,
        binding: Option<String>,
    },
    /// A path in code.
    Code,
}

/// A path as written (relative), where, and how.
#[derive(Debug, Clone)]
struct Ref {
    segs: Vec<String>,
    line: usize,
    kind: Kind,
}

/// One module (a file, or an inline `mod name { … }` in one).
struct Module {
    file: String,
    /// Names declared with `mod name;` or `mod name { … }` (children).
    children: BTreeSet<String>,
    /// Names brought in by `use` (the binding or its `as` rename) → absolute path.
    aliases: HashMap<String, ModPath>,
    refs: Vec<Ref>,
}

/// Comments and literals become spaces (newlines kept, so that line numbers stay right).
fn strip(src: &str) -> String {
    let c: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    let blank = |out: &mut String, ch: char| out.push(if ch == '\n' { '\n' } else { ' ' });
    while i < c.len() {
        let ch = c[i];
        let next = c.get(i + 1).copied();
        if ch == '/' && next == Some('/') {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if ch == '/' && next == Some('*') {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && c.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    blank(&mut out, c[i]);
                    i += 1;
                }
            }
        } else if (ch == 'r' || (ch == 'b' && next == Some('r')))
            && !prev_is_ident(&c, i)
            && raw_string_start(&c, if ch == 'b' { i + 1 } else { i }).is_some()
        {
            let start = if ch == 'b' { i + 1 } else { i };
            let hashes = raw_string_start(&c, start).unwrap_or(0);
            // r, the hashes, the quote.
            i = start + 1 + hashes + 1;
            out.push_str(&" ".repeat(i - (start - usize::from(ch == 'b'))));
            loop {
                if i >= c.len() {
                    break;
                }
                if c[i] == '"' && (1..=hashes).all(|k| c.get(i + k) == Some(&'#')) {
                    out.push_str(&" ".repeat(1 + hashes));
                    i += 1 + hashes;
                    break;
                }
                blank(&mut out, c[i]);
                i += 1;
            }
        } else if ch == '"' {
            out.push(' ');
            i += 1;
            while i < c.len() && c[i] != '"' {
                if c[i] == '\\' {
                    blank(&mut out, c[i]);
                    i += 1;
                }
                if i < c.len() {
                    blank(&mut out, c[i]);
                    i += 1;
                }
            }
            out.push(' ');
            i += 1;
        } else if ch == '\'' {
            // A char literal ('x', '\n', '\u{1F600}', '"'), or a lifetime ('a), left alone.
            if next == Some('\\') {
                let mut j = i + 3;
                while j < c.len() && c[j] != '\'' {
                    j += 1;
                }
                out.push_str(&" ".repeat(j + 1 - i));
                i = j + 1;
            } else if c.get(i + 2) == Some(&'\'') {
                out.push_str("   ");
                i += 3;
            } else {
                out.push(' ');
                i += 1;
            }
        } else {
            out.push(ch);
            i += 1;
        }
    }
    out
}

fn prev_is_ident(c: &[char], i: usize) -> bool {
    i > 0 && (c[i - 1].is_alphanumeric() || c[i - 1] == '_')
}

/// At `r`: the number of `#` of a raw string that starts here (`r"`, `r#"`), if one does.
fn raw_string_start(c: &[char], i: usize) -> Option<usize> {
    if c.get(i) != Some(&'r') {
        return None;
    }
    let mut j = i + 1;
    while c.get(j) == Some(&'#') {
        j += 1;
    }
    (c.get(j) == Some(&'"')).then_some(j - i - 1)
}

fn tokenize(src: &str) -> Vec<Token> {
    let c: Vec<char> = src.chars().collect();
    let mut toks = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        if ch == '\n' {
            line += 1;
            i += 1;
        } else if ch.is_whitespace() {
            i += 1;
        } else if ch.is_alphanumeric() || ch == '_' {
            let start = i;
            while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                i += 1;
            }
            let word: String = c[start..i].iter().collect();
            // A raw identifier (`r#type`) is its name.
            if word == "r" && c.get(i) == Some(&'#') {
                i += 1;
                continue;
            }
            toks.push(Token {
                tok: Tok::Ident(word),
                line,
            });
        } else if ch == ':' && c.get(i + 1) == Some(&':') {
            toks.push(Token {
                tok: Tok::PathSep,
                line,
            });
            i += 2;
        } else {
            toks.push(Token {
                tok: Tok::Punct(ch),
                line,
            });
            i += 1;
        }
    }
    toks
}

fn ident(t: Option<&Token>) -> Option<&str> {
    match t.map(|t| &t.tok) {
        Some(Tok::Ident(s)) => Some(s),
        _ => None,
    }
}

fn is(t: Option<&Token>, want: &Tok) -> bool {
    t.is_some_and(|t| &t.tok == want)
}

/// One `use` tree, flattened: (segments, binding name or None for a glob).
fn parse_use_tree(
    toks: &[Token],
    i: &mut usize,
    prefix: &[String],
    out: &mut Vec<(Vec<String>, Option<String>)>,
) {
    let mut segs = prefix.to_vec();
    if is(toks.get(*i), &Tok::PathSep) {
        *i += 1;
    }
    loop {
        match toks.get(*i).map(|t| &t.tok) {
            Some(Tok::Ident(name)) => {
                let name = name.clone();
                *i += 1;
                if is(toks.get(*i), &Tok::PathSep) {
                    *i += 1;
                    segs.push(name);
                    continue;
                }
                let mut binding = name.clone();
                if ident(toks.get(*i)) == Some("as") {
                    binding = ident(toks.get(*i + 1)).unwrap_or("_").to_owned();
                    *i += 2;
                }
                if name == "self" {
                    let binding = if binding == "self" {
                        segs.last().cloned().unwrap_or_default()
                    } else {
                        binding
                    };
                    out.push((segs, Some(binding)));
                } else {
                    segs.push(name);
                    out.push((segs, Some(binding)));
                }
                return;
            }
            Some(Tok::Punct('*')) => {
                *i += 1;
                out.push((segs, None));
                return;
            }
            Some(Tok::Punct('{')) => {
                *i += 1;
                loop {
                    match toks.get(*i).map(|t| &t.tok) {
                        Some(Tok::Punct('}')) => {
                            *i += 1;
                            return;
                        }
                        Some(Tok::Punct(',')) => *i += 1,
                        None => return,
                        _ => parse_use_tree(toks, i, &segs, out),
                    }
                }
            }
            _ => return,
        }
    }
}

/// Reads one file into its module and the inline modules inside it.
fn scan_file(file: &str, module: &ModPath, src: &str, modules: &mut BTreeMap<ModPath, Module>) {
    let toks = tokenize(&strip(src));
    let new_module = || Module {
        file: file.to_owned(),
        children: BTreeSet::new(),
        aliases: HashMap::new(),
        refs: Vec::new(),
    };
    modules.entry(module.clone()).or_insert_with(new_module);
    // The module each token is in: a stack of (inline module, brace depth where it opened).
    let mut stack: Vec<(ModPath, usize)> = vec![(module.clone(), 0)];
    let mut depth = 0usize;
    let mut i = 0;
    while i < toks.len() {
        let current = stack.last().map(|(m, _)| m.clone()).unwrap_or_default();
        match &toks[i].tok {
            Tok::Punct('{') => {
                depth += 1;
                i += 1;
            }
            Tok::Punct('}') => {
                if stack.len() > 1 && stack.last().is_some_and(|(_, d)| *d == depth) {
                    stack.pop();
                }
                depth = depth.saturating_sub(1);
                i += 1;
            }
            Tok::Ident(w) if w == "mod" && !is(toks.get(i.wrapping_sub(1)), &Tok::PathSep) => {
                let Some(name) = ident(toks.get(i + 1)).map(str::to_owned) else {
                    i += 1;
                    continue;
                };
                modules
                    .get_mut(&current)
                    .map(|m| m.children.insert(name.clone()));
                if is(toks.get(i + 2), &Tok::Punct('{')) {
                    let mut child = current.clone();
                    child.push(name);
                    modules.entry(child.clone()).or_insert_with(new_module);
                    depth += 1;
                    stack.push((child, depth));
                    i += 3;
                } else {
                    i += 2;
                }
            }
            Tok::Ident(w) if w == "use" && !is(toks.get(i.wrapping_sub(1)), &Tok::PathSep) => {
                let public = is_pub_before(&toks, i);
                let line = toks[i].line;
                i += 1;
                let mut leaves = Vec::new();
                parse_use_tree(&toks, &mut i, &[], &mut leaves);
                let m = modules.get_mut(&current).expect("module");
                // Resolved once every module's children and bindings are known.
                for (segs, binding) in leaves {
                    m.refs.push(Ref {
                        segs,
                        line,
                        kind: Kind::Use { public, binding },
                    });
                }
            }
            Tok::Ident(first) => {
                // A path in code: the longest `a::b::c`, if this is where it starts.
                let starts = !is(toks.get(i.wrapping_sub(1)), &Tok::PathSep)
                    && is(toks.get(i + 1), &Tok::PathSep);
                if !starts {
                    i += 1;
                    continue;
                }
                let line = toks[i].line;
                let mut segs = vec![first.clone()];
                let mut j = i + 1;
                while is(toks.get(j), &Tok::PathSep) {
                    match ident(toks.get(j + 1)) {
                        Some(s) => {
                            segs.push(s.to_owned());
                            j += 2;
                        }
                        None => break,
                    }
                }
                modules.get_mut(&current).expect("module").refs.push(Ref {
                    segs,
                    line,
                    kind: Kind::Code,
                });
                i = j;
            }
            _ => i += 1,
        }
    }
}

/// Whether the `use` at `i` is preceded by `pub` or `pub(…)`.
fn is_pub_before(toks: &[Token], i: usize) -> bool {
    if i == 0 {
        return false;
    }
    if ident(toks.get(i - 1)) == Some("pub") {
        return true;
    }
    if is(toks.get(i - 1), &Tok::Punct(')')) {
        let mut j = i - 1;
        while j > 0 && !is(toks.get(j), &Tok::Punct('(')) {
            j -= 1;
        }
        return j > 0 && ident(toks.get(j - 1)) == Some("pub");
    }
    false
}

/// A path as written in `module` to an absolute path inside the crate, if it is one.
fn absolute(
    modules: &BTreeMap<ModPath, Module>,
    module: &ModPath,
    segs: &[String],
) -> Option<ModPath> {
    let first = segs.first()?;
    let mut base = match first.as_str() {
        "crate" => return Some(segs[1..].to_vec()),
        "self" => return Some(module.iter().chain(&segs[1..]).cloned().collect()),
        "super" => module.clone(),
        _ => {
            let m = modules.get(module)?;
            if m.children.contains(first) {
                return Some(module.iter().chain(segs).cloned().collect());
            }
            let target = m.aliases.get(first)?;
            return Some(target.iter().chain(&segs[1..]).cloned().collect());
        }
    };
    let mut rest = segs;
    while rest.first().is_some_and(|s| s == "super") {
        base.pop()?;
        rest = &rest[1..];
    }
    Some(base.into_iter().chain(rest.iter().cloned()).collect())
}

/// The module that defines what `path` names: the longest existing module prefix, followed
/// through `use` bindings of that module (re-exports).
fn defining_module(modules: &BTreeMap<ModPath, Module>, path: &[String], hops: usize) -> ModPath {
    let mut len = path.len();
    while len > 0 && !modules.contains_key(&path[..len]) {
        len -= 1;
    }
    let module = path[..len].to_vec();
    if let (Some(name), Some(m)) = (path.get(len), modules.get(&module))
        && hops < 8
        && let Some(target) = m.aliases.get(name)
    {
        let followed: ModPath = target.iter().chain(&path[len + 1..]).cloned().collect();
        return defining_module(modules, &followed, hops + 1);
    }
    module
}

fn name(m: &[String]) -> String {
    if m.is_empty() {
        "crate".to_owned()
    } else {
        m.join("::")
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The file's module path: src/lib.rs → crate, src/mail/mod.rs → mail, src/a/b.rs → a::b.
fn module_of(src: &Path, file: &Path) -> ModPath {
    let rel = file
        .strip_prefix(src)
        .expect("under src")
        .with_extension("");
    let mut segs: ModPath = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if segs.last().is_some_and(|s| s == "mod" || s == "lib") {
        segs.pop();
    }
    segs
}

/// Edges (from, to) with the first place each comes from.
fn edges(src: &Path) -> BTreeMap<(ModPath, ModPath), Evidence> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files.sort();
    let mut modules = BTreeMap::new();
    for file in &files {
        // main.rs is the binary, another crate: its `crate::` is not the library's.
        if file
            .strip_prefix(src)
            .is_ok_and(|r| r == Path::new("main.rs"))
        {
            continue;
        }
        let text = std::fs::read_to_string(file).expect("read file");
        let rel = file
            .strip_prefix(src.parent().unwrap_or(src))
            .unwrap_or(file)
            .display()
            .to_string();
        scan_file(&rel, &module_of(src, file), &text, &mut modules);
    }

    // Pass 1: every `use` binding, so that re-exports and imported names can be followed.
    // Two rounds: a `use` may go through a name another `use` brought in.
    let keys: Vec<ModPath> = modules.keys().cloned().collect();
    for _ in 0..2 {
        for key in &keys {
            let bindings: Vec<(String, ModPath)> = modules[key]
                .refs
                .iter()
                .filter_map(|r| match &r.kind {
                    Kind::Use {
                        binding: Some(b), ..
                    } if b != "_" => Some((b.clone(), absolute(&modules, key, &r.segs)?)),
                    _ => None,
                })
                .collect();
            let m = modules.get_mut(key).expect("module");
            m.aliases.extend(bindings);
        }
    }

    // Pass 2: edges.
    let mut out: BTreeMap<(ModPath, ModPath), Evidence> = BTreeMap::new();
    for key in &keys {
        let m = &modules[key];
        for r in &m.refs {
            // A re-export is a facade: whoever goes through it gets an edge to the definer.
            if matches!(r.kind, Kind::Use { public: true, .. }) {
                continue;
            }
            let Some(abs) = absolute(&modules, key, &r.segs) else {
                continue;
            };
            let target = defining_module(&modules, &abs, 0);
            if &target == key {
                continue;
            }
            out.entry((key.clone(), target))
                .or_insert_with(|| Evidence {
                    file: m.file.clone(),
                    line: r.line,
                    path: r.segs.join("::"),
                });
        }
    }
    out
}

/// Strongly connected components with more than one module (Tarjan).
fn cycles(
    nodes: &BTreeSet<ModPath>,
    adj: &BTreeMap<ModPath, BTreeSet<ModPath>>,
) -> Vec<Vec<ModPath>> {
    struct State<'a> {
        adj: &'a BTreeMap<ModPath, BTreeSet<ModPath>>,
        index: HashMap<ModPath, usize>,
        low: HashMap<ModPath, usize>,
        on_stack: BTreeSet<ModPath>,
        stack: Vec<ModPath>,
        next: usize,
        out: Vec<Vec<ModPath>>,
    }
    fn visit(s: &mut State<'_>, v: &ModPath) {
        s.index.insert(v.clone(), s.next);
        s.low.insert(v.clone(), s.next);
        s.next += 1;
        s.stack.push(v.clone());
        s.on_stack.insert(v.clone());
        let succ: Vec<ModPath> = s.adj.get(v).into_iter().flatten().cloned().collect();
        for w in succ {
            if !s.index.contains_key(&w) {
                visit(s, &w);
                let lw = s.low[&w];
                let lv = s.low.get_mut(v).expect("low");
                *lv = (*lv).min(lw);
            } else if s.on_stack.contains(&w) {
                let iw = s.index[&w];
                let lv = s.low.get_mut(v).expect("low");
                *lv = (*lv).min(iw);
            }
        }
        if s.low[v] == s.index[v] {
            let mut scc = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(&w);
                let done = &w == v;
                scc.push(w);
                if done {
                    break;
                }
            }
            if scc.len() > 1 {
                scc.sort();
                s.out.push(scc);
            }
        }
    }
    let mut s = State {
        adj,
        index: HashMap::new(),
        low: HashMap::new(),
        on_stack: BTreeSet::new(),
        stack: Vec::new(),
        next: 0,
        out: Vec::new(),
    };
    for n in nodes {
        if !s.index.contains_key(n) {
            visit(&mut s, n);
        }
    }
    s.out.sort();
    s.out
}

/// A shortest cycle through `start` inside `scc` (breadth first).
fn shortest_cycle(
    start: &ModPath,
    scc: &BTreeSet<ModPath>,
    adj: &BTreeMap<ModPath, BTreeSet<ModPath>>,
) -> Vec<ModPath> {
    let mut prev: HashMap<ModPath, ModPath> = HashMap::new();
    let mut queue = std::collections::VecDeque::from([start.clone()]);
    while let Some(v) = queue.pop_front() {
        for w in adj
            .get(&v)
            .into_iter()
            .flatten()
            .filter(|w| scc.contains(*w))
        {
            if w == start {
                let mut path = vec![v.clone()];
                let mut cur = v.clone();
                while let Some(p) = prev.get(&cur) {
                    path.push(p.clone());
                    cur = p.clone();
                }
                path.reverse();
                return path;
            }
            if !prev.contains_key(w) {
                prev.insert(w.clone(), v.clone());
                queue.push_back(w.clone());
            }
        }
    }
    vec![start.clone()]
}

#[test]
fn modules_do_not_import_each_other_in_cycles() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let edges = edges(&src);
    let mut adj: BTreeMap<ModPath, BTreeSet<ModPath>> = BTreeMap::new();
    let mut nodes = BTreeSet::new();
    for (from, to) in edges.keys() {
        adj.entry(from.clone()).or_default().insert(to.clone());
        nodes.insert(from.clone());
        nodes.insert(to.clone());
    }
    let found = cycles(&nodes, &adj);
    let mut report = String::new();
    for scc in &found {
        let members: BTreeSet<ModPath> = scc.iter().cloned().collect();
        report.push_str(&format!(
            "\ncycle among {{{}}}:\n",
            scc.iter().map(|m| name(m)).collect::<Vec<_>>().join(", ")
        ));
        report.push_str("  every edge inside it:\n");
        for ((from, to), e) in &edges {
            if members.contains(from) && members.contains(to) {
                report.push_str(&format!(
                    "    {} -> {}   ({}:{}: {})\n",
                    name(from),
                    name(to),
                    e.file,
                    e.line,
                    e.path
                ));
            }
        }
        report.push_str("  a shortest cycle:\n");
        let cycle = shortest_cycle(&scc[0], &members, &adj);
        for (k, from) in cycle.iter().enumerate() {
            let to = &cycle[(k + 1) % cycle.len()];
            let e = &edges[&(from.clone(), to.clone())];
            report.push_str(&format!(
                "    {} -> {}   ({}:{}: {})\n",
                name(from),
                name(to),
                e.file,
                e.line,
                e.path
            ));
        }
    }
    assert!(found.is_empty(), "import cycles between modules:{report}");
}

#[test]
fn comments_strings_and_char_literals_are_not_code() {
    let src = "let a = '\"'; // crate::x::y\n/* crate::z */ let s = \"crate::w\"; \
               let r = r#\"crate::v \"# ; crate::real::f();";
    let toks = tokenize(&strip(src));
    let idents: Vec<&str> = toks.iter().filter_map(|t| ident(Some(t))).collect();
    assert!(idents.contains(&"real"));
    for gone in ["x", "z", "w", "v"] {
        assert!(!idents.contains(&gone), "{gone}: {idents:?}");
    }
    assert_eq!(toks.last().map(|t| t.line), Some(2));
}

#[test]
fn a_parent_that_uses_a_child_which_uses_the_parent_is_a_cycle_and_a_facade_is_not() {
    let dir = std::env::temp_dir().join(format!("module_cycles_{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("a")).expect("mkdir");
    std::fs::create_dir_all(dir.join("f")).expect("mkdir");
    let write = |p: &str, s: &str| std::fs::write(dir.join(p), s).expect("write");
    write("lib.rs", "pub mod a;\npub mod f;\n");
    // a: defines an item its child imports, and calls into the child: a cycle.
    write("a/mod.rs", "mod b;\npub struct T;\npub fn g() { b::h() }\n");
    write("a/b.rs", "use super::T;\npub fn h() {}\n");
    // f: a facade re-exporting its children, one of which uses the other through it.
    write("f/mod.rs", "mod x;\nmod y;\npub use x::X;\npub use y::Y;\n");
    write(
        "f/x.rs",
        "pub struct X;\n#[cfg(test)]\nmod tests { use super::*; use crate::f::Y; }\n",
    );
    write("f/y.rs", "use crate::f::X;\npub struct Y(X);\n");
    let e = edges(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    let has = |from: &str, to: &str| {
        let split = |s: &str| -> ModPath { s.split("::").map(str::to_owned).collect() };
        e.contains_key(&(split(from), split(to)))
    };
    assert!(has("a", "a::b"));
    assert!(has("a::b", "a"));
    assert!(has("f::y", "f::x"), "through the re-export to the definer");
    assert!(
        !has("f", "f::x") && !has("f", "f::y"),
        "re-exports are not edges"
    );
    assert!(has("f::x::tests", "f::y"));
    assert!(!has("f::x", "f::y"), "a test module is its own module");
}
