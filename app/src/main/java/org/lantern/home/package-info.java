/** The home dashboard that greets a signed-in user with what their role may use. */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package org.lantern.home;
