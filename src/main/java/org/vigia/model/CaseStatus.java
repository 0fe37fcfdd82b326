package org.vigia.model;

/** HTCDS v2.0 case status. Stored by name. */
public enum CaseStatus {
    Active, FollowUp, Closed, ClosedReferred;

    public boolean isClosed() {
        return this == Closed || this == ClosedReferred;
    }
}
