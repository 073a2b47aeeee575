package org.pledgewatch.extractor;

public enum Category {
    MILITARY, FINANCIAL, HUMANITARIAN, DIPLOMATIC, ECONOMIC, CLIMATE, OTHER
}
