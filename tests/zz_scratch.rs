mod common;
use markup5ever_rcdom::{Handle, NodeData};
use std::io::Read;

fn haystack(html: &str) -> String {
    let dom = common::rcdom(html);
    let mut out = String::new();
    let mut stack: Vec<Handle> = vec![dom.document.clone()];
    while let Some(h) = stack.pop() {
        match &h.data {
            NodeData::Text { contents } => out.push_str(&contents.borrow()),
            NodeData::Element {
                template_contents, ..
            } => {
                if let Some(t) = template_contents.borrow().as_ref() {
                    stack.push(t.clone());
                }
            }
            _ => {}
        }
        for c in h.children.borrow().iter().rev() {
            stack.push(c.clone());
        }
    }
    out
}

fn subsequence(needle: &str, hay: &str) -> Result<(), String> {
    let n: Vec<u8> = needle.bytes().filter(u8::is_ascii_alphanumeric).collect();
    let h: Vec<u8> = hay.bytes().filter(u8::is_ascii_alphanumeric).collect();
    let mut j = 0;
    for (i, &c) in n.iter().enumerate() {
        while j < h.len() && h[j] != c {
            j += 1;
        }
        if j == h.len() {
            return Err(
                String::from_utf8_lossy(&n[i.saturating_sub(40)..(i + 20).min(n.len())])
                    .into_owned(),
            );
        }
        j += 1;
    }
    Ok(())
}

#[test]
fn scratch_subsequence() {
    let mut bad = 0;
    let mut total = 0;
    for set in ["scrapinghub", "wcxb-dev", "cleaneval", "dragnet"] {
        let dir = format!(
            "{}/../shared/datasets/{set}/html",
            env!("CARGO_MANIFEST_DIR")
        );
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            let mut bytes = Vec::new();
            flate2::read::GzDecoder::new(std::fs::File::open(&p).unwrap())
                .read_to_end(&mut bytes)
                .unwrap();
            let Ok(a) = dechrome::extract_bytes(&bytes, None) else {
                continue;
            };
            let enc = encoding_rs::Encoding::for_label(a.encoding().as_bytes())
                .unwrap_or(encoding_rs::UTF_8);
            let (html, _, _) = enc.decode(&bytes);
            total += 1;
            if let Err(at) = subsequence(a.text(), &haystack(&html)) {
                bad += 1;
                if bad < 15 {
                    eprintln!("{}: near {at}", p.display());
                }
            }
        }
    }
    eprintln!("{bad} of {total} pages break the subsequence invariant");
}
