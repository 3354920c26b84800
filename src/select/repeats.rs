//! Passages shown twice (a mobile and a desktop copy, a tab and its accordion) are read once.

use std::collections::{HashMap, HashSet};

use crate::blocks::Block;
use crate::rules::{RuleId, Rules};

/// Drops passages shown twice: a run of blocks that repeat earlier blocks verbatim and in
/// the same order is a second copy of the same text (a mobile and a desktop copy, a tab and
/// its accordion), which a reader sees once. A recurring line (a caption under every card,
/// a note under every step of a plan) is part of each item and stays. Short blocks neither
/// start nor break a run; inside one, those seen before go with it.
pub(super) fn drop_repeats(blocks: &[Block], kept: &mut Vec<usize>, rules: &Rules) {
    let t = &rules.thresholds.repeats;
    let (passages, back_to_back) = (
        rules.on(RuleId::RepeatedPassages),
        rules.on(RuleId::BackToBackCopies),
    );
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
        if block.chars >= t.block_chars {
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
        if let (true, Some((start, end, len, _))) = (passages, run) {
            let chars: u32 = kept[start..=end].iter().map(|&i| blocks[i].chars).sum();
            let long_run = len >= t.run_blocks && chars >= t.run_chars;
            if !long_run && chars < t.passage_chars {
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
        let nothing_new = shown >= t.showings_before_copy && unique_then == unique_seen;
        if back_to_back && nothing_new && block.chars >= t.back_to_back_chars {
            drop[pos] = true;
        }
    }
    let mut flags = drop.into_iter();
    kept.retain(|_| !flags.next().unwrap_or(false));
}
