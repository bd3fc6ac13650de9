package com.execreports.sources;

import java.time.ZoneId;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How the table tallies (bookings, operations, subscriptions) take an item: whole or not at all. The item's id is read
 * first, to name it, then its status; an item any attribute of which cannot be read ({@link AttributeReader.UnreadableItem})
 * is left out and named in the issues by where it was read and its id ("jada-bookings bookingId=b7: …").
 *
 * @param window the dates an item may hold: those of the run
 * @param issues the tally's own issues, where an item left out is named
 */
record TableItems(String idAttribute, String statusAttribute, ZoneId zone, DateWindow window, IssueSample issues) {

    /** What a tally does with an item whose id and status were read; it throws UnreadableItem to leave the item out. */
    @FunctionalInterface
    interface Fold {
        void item(AttributeReader read, String id, String status);
    }

    /**
     * Folds one item, or names it as left out.
     *
     * @param where the table, or a line of an export's data file ("bucket/key:12"), as the issue names it
     * @return the id of the item when it was left out; null when it was folded
     */
    String fold(Map<String, AttributeValue> item, String where, Fold fold) {
        AttributeReader read = new AttributeReader(item, zone, window);
        String id = idOf(read);
        try {
            fold.item(read, id, read.requiredStatus(idAttribute, statusAttribute));
            return null;
        } catch (AttributeReader.UnreadableItem e) {
            issues.add(where + " " + idAttribute + "=" + id, e.getMessage());
            return id;
        }
    }

    private String idOf(AttributeReader read) {
        try {
            String id = read.text(idAttribute);
            return id == null ? "(missing)" : id;
        } catch (AttributeReader.UnreadableItem e) {
            return "(unreadable id)";
        }
    }
}
