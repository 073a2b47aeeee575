package org.pledgewatch.extractor;

public enum EntityType {
    PERSON, COUNTRY, ORGANIZATION, GROUP
}
