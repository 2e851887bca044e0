package org.planextract.structure;

import org.planextract.model.Period;
import org.planextract.model.Region;
import org.planextract.model.Status;

/** Title, issuing region, plan period and status of a document. */
public record Metadata(String title, Region region, Period period, Status status) {}
