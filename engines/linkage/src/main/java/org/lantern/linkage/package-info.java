/** Record linkage engine: normalisation, comparison, blocking, Fellegi–Sunter scoring, clustering. */
package org.lantern.linkage;
