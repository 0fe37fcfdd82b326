package org.vigia.model;

/** HTCDS v2.0 gender codes. */
public enum Gender {
    Feminine, Masculine, TransgenderFeminine, TransgenderMasculine, NonConforming, NonSpecifiedUnknown
}
