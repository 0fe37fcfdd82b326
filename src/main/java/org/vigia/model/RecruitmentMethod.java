package org.vigia.model;

/** HTCDS v2.0 method of recruitment. Stored by name; label key victim.recruitment.NAME. */
public enum RecruitmentMethod {
    AtAPlaceOfBusiness, AtAnEducationalInstitution, AtWork, ThroughOnlineSocialNetworks,
    ThroughAnOnlineAdvertisement, ThroughATelevisionAdvert, ThroughANewspaperAdvert, ThroughFamilyOrFamilyEvents,
    ThroughFriendsOrSocialEvents, Other
}
