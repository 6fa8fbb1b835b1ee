package org.lantern.protection;

import com.google.crypto.tink.KeysetHandle;

/** A Tink primitive together with the keyset it was built from, so it is rebuilt only after a rotation. */
record Primitive<P>(KeysetHandle handle, P value) {
}
