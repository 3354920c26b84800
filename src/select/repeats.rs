//! Passages shown twice (a mobile and a desktop copy, a tab and its accordion) are read once.

use std::collections::{HashMap, HashSet};

use crate::blocks::Block;

/// Shortest block whose verbatim repeat counts: short labels ("Price", "Reply") repeat
/// legitimately in tables and threads.
pub(super) const MIN_REPEAT_CHARS: u32 = 40;

/// Consecutive repeated blocks, and their characters, that make a copy of a passage rather
/// than a recurring line or a feature list repeated under each plan of a pricing table.
pub(super) const MIN_REPEATED_RUN: usize = 3;
pub(super) const MIN_REPEATED_CHARS: u32 = 300;

/// A shorter run (a single paragraph, shown again in a mobile layout or a "Description"
/// tab) is a copy too when it is this long: captions and plan features are shorter.
pub(super) const MIN_REPEATED_PASSAGE_CHARS: u32 = 400;

/// Drops passages shown twice: a run of blocks that repeat earlier blocks verbatim and in
/// the same order is a second copy of the same text (a mobile and a desktop copy, a tab and
/// its accordion), which a reader sees once. A recurring line (a caption under every card,
/// a note under every step of a plan) is part of each item and stays. Short blocks neither
/// start nor break a run; inside one, those seen before go with it.
pub(super) fn drop_repeats(blocks: &[Block], kept: &mut Vec<usize>) {
    // For every long block: its place among the long blocks, and that of its first copy.
    let mut first_seen: HashMap<&str, usize> = HashMap::new();
    let mut short_seen: HashSet<&str> = HashSet::new();
    let mut long_count = 0usize;
    // Per kept position: Some((own long index, first copy's long index)) for long blocks;
    // None for short ones, with `short_repeat` saying whether the text came before.
    let mut long_of: Vec<Option<(usize, usize)>> = Vec::with_capacity(kept.len());
    let mut short_repeat: Vec<bool> = Vec::with_capacity(kept.len());
    for &i in kept.iter() {
        let block = &blocks[i];
        let text = block.text.as_str();
        if block.chars >= MIN_REPEAT_CHARS {
            let first = *first_seen.entry(text).or_insert(long_count);
            long_of.push(Some((long_count, first)));
            short_repeat.push(false);
            long_count += 1;
        } else {
            long_of.push(None);
            short_repeat.push(!short_seen.insert(text));
        }
    }
    let mut drop = vec![false; kept.len()];
    // The open run: kept positions of its first and last block, its length, and the first
    // copy's index of its last block.
    let mut run: Option<(usize, usize, usize, usize)> = None;
    let close = |run: Option<(usize, usize, usize, usize)>, drop: &mut [bool]| {
        if let Some((start, end, len, _)) = run {
            let chars: u32 = kept[start..=end].iter().map(|&i| blocks[i].chars).sum();
            let long_run = len >= MIN_REPEATED_RUN && chars >= MIN_REPEATED_CHARS;
            if !long_run && chars < MIN_REPEATED_PASSAGE_CHARS {
                return;
            }
            for pos in start..=end {
                drop[pos] = long_of[pos].is_some() || short_repeat[pos];
            }
        }
    };
    for (pos, &long) in long_of.iter().enumerate() {
        let Some((own, first)) = long else {
            continue;
        };
        if first == own {
            close(run.take(), &mut drop);
            continue;
        }
        run = match run {
            Some((start, _, len, prev)) if first == prev + 1 => Some((start, pos, len + 1, first)),
            other => {
                close(other, &mut drop);
                Some((pos, pos, 1, first))
            }
        };
    }
    close(run, &mut drop);
    // A paragraph shown a third time with no new text since its last showing is the same
    // text in yet another tab, accordion or layout. A line that recurs between different
    // passages (a warm-up under every session of a plan) is part of each and stays.
    let mut unique_seen = 0usize;
    // Per long block's first showing: how many times it was shown, and the unique count at
    // the last showing.
    let mut last_showing = vec![(0usize, 0usize); long_count];
    for (pos, long) in long_of.iter().enumerate() {
        let Some((own, first)) = *long else { continue };
        let block = &blocks[kept[pos]];
        let Some(showing) = last_showing.get_mut(first) else {
            continue;
        };
        if own == first {
            unique_seen += 1;
            *showing = (1, unique_seen);
            continue;
        }
        let (shown, unique_then) = *showing;
        *showing = (shown + 1, unique_seen);
        let nothing_new = shown >= MIN_SHOWINGS_BEFORE_COPY && unique_then == unique_seen;
        if nothing_new && block.chars >= MIN_BACK_TO_BACK_COPY_CHARS {
            drop[pos] = true;
        }
    }
    let mut flags = drop.into_iter();
    kept.retain(|_| !flags.next().unwrap_or(false));
}

/// Showings a paragraph must have had before a back-to-back repeat counts as a copy: a
/// summary point repeated once under its section heading is the author's choice.
pub(super) const MIN_SHOWINGS_BEFORE_COPY: usize = 2;

/// Shortest paragraph dropped when shown again with nothing new since its last showing.
pub(super) const MIN_BACK_TO_BACK_COPY_CHARS: u32 = 100;
