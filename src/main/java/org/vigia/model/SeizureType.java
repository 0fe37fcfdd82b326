package org.vigia.model;

/** What was seized (DOMAIN.md: seizures and evidence). */
public enum SeizureType {
    Cash, Phone, Computer, TravelDocument, Vehicle, BankAccountFrozen, Drugs, CounterfeitGoods, Other
}
